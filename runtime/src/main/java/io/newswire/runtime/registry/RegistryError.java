package io.newswire.runtime.registry;

/** An answer in Confluent's error shape: HTTP status plus {@code {"error_code": ..., "message": ...}}. */
final class RegistryError extends RuntimeException {
    private final int status;
    private final int errorCode;

    RegistryError(int status, int errorCode, String message) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }

    RegistryError(int status, int errorCode, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.errorCode = errorCode;
    }

    int status() {
        return status;
    }

    int errorCode() {
        return errorCode;
    }

    static RegistryError subjectNotFound(String subject) {
        return new RegistryError(404, 40401, "Subject '" + subject + "' not found.");
    }

    static RegistryError versionNotFound(int version) {
        return new RegistryError(404, 40402, "Version " + (version == SchemaStore.LATEST ? "latest" : version) + " not found.");
    }

    static RegistryError schemaNotFound(String what) {
        return new RegistryError(404, 40403, "Schema " + what + " not found");
    }

    static RegistryError subjectSoftDeleted(String subject) {
        return new RegistryError(404, 40404, "Subject '" + subject + "' was soft deleted. Set permanent=true to delete permanently");
    }

    static RegistryError subjectNotSoftDeleted(String subject) {
        return new RegistryError(404, 40405, "Subject '" + subject + "' was not deleted first before being permanently deleted");
    }

    static RegistryError versionSoftDeleted(String subject, int version) {
        return new RegistryError(404, 40406, "Subject '" + subject + "' Version " + version
                + " was soft deleted. Set permanent=true to delete permanently");
    }

    static RegistryError versionNotSoftDeleted(String subject, int version) {
        return new RegistryError(404, 40407, "Subject '" + subject + "' Version " + version
                + " was not deleted first before being permanently deleted");
    }

    static RegistryError subjectLevelConfigNotFound(String subject) {
        return new RegistryError(404, 40408, "Subject '" + subject + "' does not have subject-level compatibility configured");
    }

    static RegistryError subjectModeNotFound(String subject) {
        return new RegistryError(404, 40409, "Subject '" + subject + "' does not have subject-level mode configured");
    }

    static RegistryError incompatible(String subject, String level, String details) {
        return new RegistryError(409, 409, "Schema being registered is incompatible with an earlier schema for subject \""
                + subject + "\" at compatibility level " + level + ", details: " + details);
    }

    static RegistryError invalidSchema(String why) {
        return new RegistryError(422, 42201, why);
    }

    static RegistryError invalidVersion(String version) {
        return new RegistryError(422, 42202, "The specified version '" + version
                + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
    }

    static RegistryError invalidCompatibilityLevel(String level) {
        return new RegistryError(422, 42203, "Invalid compatibility level '" + level + "'. Valid values are none, backward, "
                + "forward, full, backward_transitive, forward_transitive, and full_transitive");
    }

    static RegistryError invalidMode(String mode, String valid) {
        return new RegistryError(422, 42204, "Invalid mode '" + mode + "'. Valid values are " + valid);
    }

    static RegistryError notPermitted(String why) {
        return new RegistryError(422, 42205, why);
    }

    static RegistryError readOnly(String subject) {
        return notPermitted((subject == null ? "The registry" : "Subject '" + subject + "'") + " is in read-only mode");
    }

    static RegistryError badRequest(String why) {
        return new RegistryError(400, 400, why);
    }

    static RegistryError storeFailed(String operation, Throwable cause) {
        return new RegistryError(500, 50001, "Error in the backend data store while " + operation + ": " + cause.getMessage(), cause);
    }

    static RegistryError unauthorized() {
        return new RegistryError(401, 401, "Unauthorized");
    }
}
