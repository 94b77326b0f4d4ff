package uk.nhs.psirf.triage.service;

/** A document's bytes as downloaded: its content type and a file name safe for a header. */
public record DocumentContent(byte[] bytes, String contentType, String fileName) {
}
