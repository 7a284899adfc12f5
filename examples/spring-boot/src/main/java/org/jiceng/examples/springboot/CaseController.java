package org.jiceng.examples.springboot;

import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.cases.CaseCreateParams;
import org.jiceng.sdk.cases.CaseRecord;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Files a case a district officer took down (by phone, at the service hall) into the platform's closed loop. */
@RestController
public class CaseController {
    private final JicengClient jiceng;

    public CaseController(JicengClient jiceng) {
        this.jiceng = jiceng;
    }

    /** What the officer enters. */
    public record NewCase(String gridId, String categoryCode, String title, String description) {
    }

    /** What the platform gave the case. */
    public record FiledCase(String id, String number, String status) {
    }

    @PostMapping("/cases")
    @ResponseStatus(HttpStatus.CREATED)
    public FiledCase file(@RequestBody NewCase c) {
        CaseRecord filed = jiceng.cases().report(CaseCreateParams.builder().gridId(c.gridId())
                .categoryCode(c.categoryCode()).title(c.title()).description(c.description()).build());
        return new FiledCase(filed.id(), filed.number(), filed.status().name());
    }
}
