package uk.nhs.psirf.contract;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Every JAX-RS resource method of the service, found by scanning the compiled classes. */
final class ResourceMethods {
    private static final Map<Class<? extends Annotation>, String> HTTP_METHODS = Map.of(
            GET.class, "GET", POST.class, "POST", PUT.class, "PUT", DELETE.class, "DELETE", PATCH.class, "PATCH",
            HEAD.class, "HEAD", OPTIONS.class, "OPTIONS");

    record Endpoint(String operation, Method method) {
        Set<String> roles() {
            RolesAllowed rolesAllowed = method.getAnnotation(RolesAllowed.class);
            return rolesAllowed == null ? null : new TreeSet<>(List.of(rolesAllowed.value()));
        }

        @Override
        public String toString() {
            return operation + " (" + method.getDeclaringClass().getSimpleName() + "." + method.getName() + ")";
        }
    }

    private ResourceMethods() {
    }

    static List<Endpoint> all() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> type : resourceClasses()) {
            String base = type.getAnnotation(Path.class).value();
            for (Method method : type.getDeclaredMethods()) {
                for (var entry : HTTP_METHODS.entrySet()) {
                    if (method.isAnnotationPresent(entry.getKey())) {
                        Path sub = method.getAnnotation(Path.class);
                        endpoints.add(new Endpoint(entry.getValue() + " " + join(base, sub == null ? "" : sub.value()),
                                method));
                    }
                }
            }
        }
        if (endpoints.isEmpty()) {
            throw new IllegalStateException("No resource methods found: is the class scan broken?");
        }
        return endpoints;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static List<Class<?>> resourceClasses() {
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(ResourceMethods::load)
                    .filter(c -> c.isAnnotationPresent(Path.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ResourceMethods.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
