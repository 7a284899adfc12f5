package org.jiceng.sdk.privacy;

import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;

import java.util.Objects;

/**
 * Data-subject requests (PIPL arts. 44–47), reached through {@code client.personalData()}: a person — or the
 * vendor's app acting for a resident — exports what the tenant holds about them and has it erased; a tenant admin
 * does the same for a request made to the district. Records stay, anonymised; every request is audit-logged.
 */
public final class PersonalDataService {
    private final HttpTransport transport;

    public PersonalDataService(HttpTransport transport) {
        this.transport = transport;
    }

    /** What the tenant holds about the caller themself. */
    public PersonalDataExport mine() {
        return mine(null);
    }

    /** For a vendor's app: what the tenant holds about the resident it knows as {@code externalId}. */
    public PersonalDataExport mine(String externalId) {
        return mine(externalId, RequestOptions.none());
    }

    public PersonalDataExport mine(String externalId, RequestOptions options) {
        return transport.execute(ApiRequest.get("/api/v1/me/personal-data").query("externalId", externalId),
                options).as(PersonalDataExport.class);
    }

    /** Erases the caller's own personal data. */
    public PersonalDataErasure eraseMine() {
        return eraseMine(null);
    }

    /** For a vendor's app: erases the personal data of the resident it knows as {@code externalId}. */
    public PersonalDataErasure eraseMine(String externalId) {
        return eraseMine(externalId, RequestOptions.none());
    }

    public PersonalDataErasure eraseMine(String externalId, RequestOptions options) {
        return transport.execute(ApiRequest.post("/api/v1/me/personal-data:erase", null)
                .query("externalId", externalId), options).as(PersonalDataErasure.class);
    }

    /** A tenant admin's export of what the tenant holds about a person. */
    public PersonalDataExport export(DataSubjectParams person) {
        return export(person, RequestOptions.none());
    }

    public PersonalDataExport export(DataSubjectParams person, RequestOptions options) {
        return transport.execute(ApiRequest.post("/api/v1/personal-data:export",
                Objects.requireNonNull(person, "person").toBody()), options).as(PersonalDataExport.class);
    }

    /** A tenant admin's erasure of a person's personal data across every record family. */
    public PersonalDataErasure erase(DataSubjectParams person) {
        return erase(person, RequestOptions.none());
    }

    public PersonalDataErasure erase(DataSubjectParams person, RequestOptions options) {
        return transport.execute(ApiRequest.post("/api/v1/personal-data:erase",
                Objects.requireNonNull(person, "person").toBody()), options).as(PersonalDataErasure.class);
    }
}
