package uk.nhs.psirf.qiprojects.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.nhs.psirf.platform.persistence.LastChange;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A QI project a coach supports (issue 12 item 5): its sponsor, team, coaches, aim and driver diagram. */
@Entity
@Table(name = "qi_project")
public class QiProject {
    public static final String OPEN = "open";
    public static final String CLOSED = "closed";

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String aim;

    @Column(name = "sponsor_person_id", nullable = false)
    private UUID sponsorPersonId;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(nullable = false, length = 20)
    private String status;

    @ElementCollection
    @CollectionTable(name = "qi_project_team_member", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "person_id", nullable = false)
    private Set<UUID> team = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "qi_project_coach", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "coach_id", nullable = false)
    private Set<UUID> coaches = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "qi_project_driver", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<DriverEntry> drivers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "qi_project_link", joinColumns = @JoinColumn(name = "project_id"))
    private Set<ProjectLink> links = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private LastChange lastChange;

    protected QiProject() {
    }

    public static QiProject start(ProjectDetails details, Stamp by) {
        QiProject project = new QiProject();
        project.id = UUID.randomUUID();
        project.createdAt = by.at();
        project.status = OPEN;
        project.change(details, by);
        return project;
    }

    public void change(ProjectDetails details, Stamp by) {
        title = details.title();
        aim = details.aim();
        sponsorPersonId = details.sponsorPersonId();
        startedOn = details.startedOn();
        team.clear();
        team.addAll(details.teamPersonIds());
        coaches.clear();
        coaches.addAll(details.coachIds());
        drivers.clear();
        drivers.addAll(details.drivers());
        links.clear();
        links.addAll(details.links());
        lastChange = by.lastChange();
    }

    public void close(Stamp by) {
        status = CLOSED;
        lastChange = by.lastChange();
    }

    public void reopen(Stamp by) {
        status = OPEN;
        lastChange = by.lastChange();
    }

    public boolean isOpen() {
        return OPEN.equals(status);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String aim() {
        return aim;
    }

    public UUID sponsorPersonId() {
        return sponsorPersonId;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public String status() {
        return status;
    }

    public Set<UUID> team() {
        return Set.copyOf(team);
    }

    public Set<UUID> coaches() {
        return Set.copyOf(coaches);
    }

    public List<DriverEntry> drivers() {
        return List.copyOf(drivers);
    }

    public Set<ProjectLink> links() {
        return Set.copyOf(links);
    }
}
