package org.jiceng.platform.deliberation.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The deliberation context's records, always within the caller's tenant. Lists return up to {@code limit + 1}. */
public interface DeliberationRepository {
    void add(Object entity);

    void flush();

    Optional<Council> council(String id);

    Optional<Council> councilForUpdate(String id);

    List<Council> councils(String afterId, int limit);

    List<CouncilMember> members(String councilId, int termNo);

    Optional<Topic> topic(String id);

    Optional<Topic> topicForUpdate(String id);

    /** Topics in id order, optionally of one council, in one stage, raised from one case. */
    List<Topic> topics(Optional<String> councilId, Optional<TopicStage> stage, Optional<String> caseId, String afterId,
                       int limit);

    /** Records a second once per actor; false if this actor seconded already. */
    boolean addSecond(String topicId, String actorKey);

    List<TopicMeeting> meetings(String topicId);

    Optional<TopicComment> comment(String id);

    List<TopicComment> comments(String topicId, boolean publishedOnly, String afterId, int limit);

    Optional<Vote> vote(String id);

    Optional<Vote> voteForUpdate(String id);

    List<Vote> votes(String topicId);

    void addElectors(String voteId, List<Elector> roll);

    List<Elector> electors(String voteId, String afterId, int limit);

    /** The roll line of {@code refKind} whose reference is one of {@code refIds}, if any. */
    Optional<Elector> elector(String voteId, String refKind, Collection<String> refIds);

    Optional<Elector> electorById(String voteId, String electorId);

    /** Marks the elector as having voted; false if they had already (the row lock decides between racers). */
    boolean markVoted(String voteId, String electorId, String paperRecordedBy, OffsetDateTime castAt);

    /** An open vote's ballot, naming its elector and time. */
    void addBallot(String voteId, Ballot ballot);

    /** A secret vote's ballot goes into the sealed box: its weight joins the sorted list of its choice. */
    void dropInBox(String voteId, Choice choice, BigDecimal weight);

    /** The weights in a secret vote's box, by choice. */
    Map<Choice, List<BigDecimal>> box(String voteId);

    /** Empties the box once its ballots are written out. */
    void emptyBox(String voteId);

    List<Ballot> ballots(String voteId, String afterId, int limit);

    Optional<TopicTask> task(String id);

    Optional<TopicTask> taskForUpdate(String id);

    List<TopicTask> tasks(String topicId);

    List<TaskMilestone> milestones(String taskId);

    /** Records one evaluation per actor (or per household, on paper); false if it is in already. */
    boolean addEvaluation(String topicId, String actorKey, int score, String comment, String recordedBy,
                          OffsetDateTime at);

    Evaluations evaluations(String topicId);

    Optional<PropertyOwner> owner(String id);

    Optional<PropertyOwner> ownerByRef(String registerRef);

    Optional<PropertyUnit> unit(String id);

    List<PropertyUnit> units(Collection<String> gridIds, String afterId, int limit);

    Optional<ResidentBinding> binding(String id);

    Optional<ResidentBinding> bindingForUpdate(String id);

    List<ResidentBinding> bindings(Optional<ResidentBinding.State> state, Optional<String> actorKey, String afterId,
                                   int limit);

    /** The verified bindings of one resident (to households and owners). */
    List<ResidentBinding> verifiedBindings(String actorKey);

    /** Verified bindings to any of these households: the adult residents the register knows there. */
    List<ResidentBinding> verifiedBindingsOfHouseholds(Collection<String> householdIds);

    Optional<Representative> representative(String id);

    List<Representative> representatives(Collection<String> gridIds);

    void removeRepresentative(Representative r);

    void removeMember(CouncilMember m);

    Optional<CouncilMember> member(String id);

    /** An unfinished task's deadline: the end of its due day in the tenant's time zone. */
    record DueTask(String id, String topicId, java.time.OffsetDateTime dueAt) {
    }

    /** Unfinished tasks whose due day ends in {@code [from, to)} without a {@code kind} reminder yet. */
    List<DueTask> tasksDueUnnoticed(String kind, java.time.OffsetDateTime from, java.time.OffsetDateTime to,
                                    String timeZone, int limit);
}
