package org.jiceng.platform.deliberation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jiceng.platform.deliberation.domain.Ballot;
import org.jiceng.platform.deliberation.domain.Choice;
import org.jiceng.platform.deliberation.domain.Council;
import org.jiceng.platform.deliberation.domain.CouncilMember;
import org.jiceng.platform.deliberation.domain.DeliberationRepository;
import org.jiceng.platform.deliberation.domain.Elector;
import org.jiceng.platform.deliberation.domain.Evaluations;
import org.jiceng.platform.deliberation.domain.PropertyOwner;
import org.jiceng.platform.deliberation.domain.PropertyUnit;
import org.jiceng.platform.deliberation.domain.Representative;
import org.jiceng.platform.deliberation.domain.ResidentBinding;
import org.jiceng.platform.deliberation.domain.TaskMilestone;
import org.jiceng.platform.deliberation.domain.Topic;
import org.jiceng.platform.deliberation.domain.TopicComment;
import org.jiceng.platform.deliberation.domain.TopicMeeting;
import org.jiceng.platform.deliberation.domain.TopicStage;
import org.jiceng.platform.deliberation.domain.TopicTask;
import org.jiceng.platform.deliberation.domain.Vote;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.persistence.NativeSql;
import org.jiceng.platform.shared.persistence.TenantDatabase;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * JPQL over the deliberation tables for the aggregates; native SQL for the roll, the ballots and the sealed box,
 * whose writes must be single guarded statements. EclipseLink adds the tenant criterion to JPQL, RLS checks both.
 */
@ApplicationScoped
public class JpaDeliberationRepository implements DeliberationRepository {
    private static final String NO_ID = "00000000-0000-0000-0000-000000000000";

    @Inject
    TenantDatabase db;

    private EntityManager em() {
        return db.em();
    }

    private <T> Optional<T> find(Class<T> type, String id, boolean lock) {
        return db.find(type, id, lock);
    }

    private static String after(String afterId) {
        return afterId == null ? NO_ID : afterId;
    }

    @Override
    public void add(Object entity) {
        em().persist(entity);
    }

    @Override
    public void flush() {
        em().flush();
    }

    @Override
    public Optional<Council> council(String id) {
        return find(Council.class, id, false);
    }

    @Override
    public Optional<Council> councilForUpdate(String id) {
        return find(Council.class, id, true);
    }

    @Override
    public List<Council> councils(String afterId, int limit) {
        return em().createQuery("select c from Council c where c.id > :after order by c.id", Council.class)
                .setParameter("after", after(afterId)).setMaxResults(limit + 1).getResultList();
    }

    @Override
    public List<CouncilMember> members(String councilId, int termNo) {
        return em().createQuery("select m from CouncilMember m where m.councilId = :c and m.termNo = :t order by m.id",
                CouncilMember.class).setParameter("c", councilId).setParameter("t", termNo).getResultList();
    }

    @Override
    public Optional<CouncilMember> member(String id) {
        return find(CouncilMember.class, id, false);
    }

    @Override
    public void removeMember(CouncilMember m) {
        em().remove(m);
    }

    @Override
    public Optional<Topic> topic(String id) {
        return find(Topic.class, id, false);
    }

    @Override
    public Optional<Topic> topicForUpdate(String id) {
        return find(Topic.class, id, true);
    }

    @Override
    public List<Topic> topics(Optional<String> councilId, Optional<TopicStage> stage, Optional<String> caseId,
                              String afterId, int limit) {
        return em().createQuery("select t from Topic t where t.id > :after and (:anyCouncil = true or t.councilId = "
                        + ":council) and (:anyStage = true or t.stage = :stage) and (:anyCase = true or (t.origin = "
                        + ":caseOrigin and t.originRef = :case)) order by t.id", Topic.class)
                .setParameter("anyCase", caseId.isEmpty()).setParameter("case", caseId.orElse(""))
                .setParameter("caseOrigin", org.jiceng.platform.deliberation.domain.TopicOrigin.CASE)
                .setParameter("after", after(afterId)).setParameter("anyCouncil", councilId.isEmpty())
                .setParameter("council", councilId.orElse(NO_ID)).setParameter("anyStage", stage.isEmpty())
                .setParameter("stage", stage.orElse(TopicStage.PROPOSED)).setMaxResults(limit + 1).getResultList();
    }

    @Override
    public boolean addSecond(String topicId, String actorKey) {
        return NativeSql.query(em(), "insert into topic_second (tenant_id, topic_id, actor_key) values "
                + "(current_setting('app.tenant_id', true), cast(?1 as uuid), ?2) on conflict do nothing", topicId,
                actorKey).executeUpdate() == 1;
    }

    @Override
    public List<TopicMeeting> meetings(String topicId) {
        return em().createQuery("select m from TopicMeeting m where m.topicId = :t order by m.heldAt, m.id",
                TopicMeeting.class).setParameter("t", topicId).getResultList();
    }

    @Override
    public Optional<TopicComment> comment(String id) {
        return find(TopicComment.class, id, true);
    }

    @Override
    public List<TopicComment> comments(String topicId, boolean publishedOnly, String afterId, int limit) {
        return em().createQuery("select c from TopicComment c where c.topicId = :t and c.id > :after and "
                        + "(:all = true or c.state = :published) order by c.id", TopicComment.class)
                .setParameter("t", topicId).setParameter("after", after(afterId)).setParameter("all", !publishedOnly)
                .setParameter("published", TopicComment.State.PUBLISHED).setMaxResults(limit + 1).getResultList();
    }

    @Override
    public Optional<Vote> vote(String id) {
        return find(Vote.class, id, false);
    }

    @Override
    public Optional<Vote> voteForUpdate(String id) {
        return find(Vote.class, id, true);
    }

    @Override
    public List<Vote> votes(String topicId) {
        return em().createQuery("select v from Vote v where v.topicId = :t order by v.id", Vote.class)
                .setParameter("t", topicId).getResultList();
    }

    @Override
    public void addElectors(String voteId, List<Elector> roll) {
        for (int from = 0; from < roll.size(); from += 500) {
            List<Elector> chunk = roll.subList(from, Math.min(roll.size(), from + 500));
            NativeSql.query(em(), "insert into vote_elector (tenant_id, vote_id, id, ref_kind, ref_id, weight) "
                            + "select current_setting('app.tenant_id', true), cast(?1 as uuid), cast(e.id as uuid), "
                            + "e.kind, cast(e.ref as uuid), cast(e.w as numeric) from unnest(cast(?2 as text[]), "
                            + "cast(?3 as text[]), cast(?4 as text[]), cast(?5 as text[])) as e(id, kind, ref, w)",
                    voteId, NativeSql.textArray(chunk.stream().map(Elector::id).toList()),
                    NativeSql.textArray(chunk.stream().map(Elector::refKind).toList()),
                    NativeSql.textArray(chunk.stream().map(Elector::refId).toList()),
                    NativeSql.textArray(chunk.stream().map(e -> e.weight().toPlainString()).toList())).executeUpdate();
        }
    }

    private static final String ELECTOR_COLUMNS = "select cast(id as text), ref_kind, cast(ref_id as text), weight, "
            + "voted, paper_recorded_by, cast_at from vote_elector ";

    @Override
    public List<Elector> electors(String voteId, String afterId, int limit) {
        return electorRows(NativeSql.query(em(), ELECTOR_COLUMNS + "where vote_id = cast(?1 as uuid) and id > "
                + "cast(?2 as uuid) order by id limit ?3", voteId, after(afterId), limit + 1).getResultList());
    }

    @Override
    public Optional<Elector> elector(String voteId, String refKind, Collection<String> refIds) {
        if (refIds.isEmpty()) {
            return Optional.empty();
        }
        return electorRows(NativeSql.query(em(), ELECTOR_COLUMNS + "where vote_id = cast(?1 as uuid) and ref_kind = ?2 "
                + "and cast(ref_id as text) = any(cast(?3 as text[])) order by voted, id limit 1", voteId, refKind,
                NativeSql.textArray(List.copyOf(refIds))).getResultList()).stream().findFirst();
    }

    @Override
    public Optional<Elector> electorById(String voteId, String electorId) {
        if (!Ids.isWellFormed(electorId)) {
            return Optional.empty();
        }
        return electorRows(NativeSql.query(em(), ELECTOR_COLUMNS + "where vote_id = cast(?1 as uuid) and id = "
                + "cast(?2 as uuid)", voteId, electorId.toLowerCase(Locale.ROOT)).getResultList()).stream().findFirst();
    }

    private static List<Elector> electorRows(List<?> rows) {
        return rows.stream().map(o -> {
            Object[] r = (Object[]) o;
            return new Elector((String) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3], (Boolean) r[4],
                    (String) r[5], r[6] == null ? null : Instants.of(r[6]));
        }).toList();
    }

    @Override
    public boolean markVoted(String voteId, String electorId, String paperRecordedBy, OffsetDateTime castAt) {
        return NativeSql.query(em(), "update vote_elector set voted = true, paper_recorded_by = ?3, cast_at = ?4 "
                        + "where vote_id = cast(?1 as uuid) and id = cast(?2 as uuid) and not voted", voteId, electorId,
                paperRecordedBy, castAt).executeUpdate() == 1;
    }

    @Override
    public void addBallot(String voteId, Ballot b) {
        NativeSql.query(em(), "insert into vote_ballot (tenant_id, vote_id, id, choice, weight, elector_id, cast_at) "
                        + "values (current_setting('app.tenant_id', true), cast(?1 as uuid), cast(?2 as uuid), ?3, ?4, "
                        + "cast(?5 as uuid), ?6)", voteId, b.id(), b.choice().name(), b.weight(), b.electorId(),
                b.castAt()).executeUpdate();
    }

    @Override
    public void dropInBox(String voteId, Choice choice, BigDecimal weight) {
        String column = switch (choice) {
            case YES -> "box_yes";
            case NO -> "box_no";
            case ABSTAIN -> "box_abstain";
        };
        NativeSql.query(em(), "update vote set " + column + " = (select array_agg(w order by w) from unnest("
                + column + " || cast(?2 as numeric)) as w) where id = cast(?1 as uuid)", voteId, weight)
                .executeUpdate();
    }

    @Override
    public Map<Choice, List<BigDecimal>> box(String voteId) {
        Object[] r = (Object[]) NativeSql.query(em(), "select array_to_string(box_yes, ','), array_to_string(box_no, "
                + "','), array_to_string(box_abstain, ',') from vote where id = cast(?1 as uuid)", voteId)
                .getSingleResult();
        Map<Choice, List<BigDecimal>> out = new EnumMap<>(Choice.class);
        Choice[] order = {Choice.YES, Choice.NO, Choice.ABSTAIN};
        for (int i = 0; i < 3; i++) {
            String list = (String) r[i];
            out.put(order[i], list == null || list.isEmpty() ? List.of()
                    : java.util.Arrays.stream(list.split(",")).map(BigDecimal::new).toList());
        }
        return out;
    }

    @Override
    public void emptyBox(String voteId) {
        NativeSql.query(em(), "update vote set box_yes = '{}', box_no = '{}', box_abstain = '{}' where id = "
                + "cast(?1 as uuid)", voteId).executeUpdate();
    }

    @Override
    public List<Ballot> ballots(String voteId, String afterId, int limit) {
        List<?> rows = NativeSql.query(em(), "select cast(id as text), choice, weight, cast(elector_id as text), "
                + "cast_at from vote_ballot where vote_id = cast(?1 as uuid) and id > cast(?2 as uuid) order by id "
                + "limit ?3", voteId, after(afterId), limit + 1).getResultList();
        return rows.stream().map(o -> {
            Object[] r = (Object[]) o;
            return new Ballot((String) r[0], Choice.valueOf((String) r[1]), (BigDecimal) r[2], (String) r[3],
                    r[4] == null ? null : Instants.of(r[4]));
        }).toList();
    }

    @Override
    public Optional<TopicTask> task(String id) {
        return find(TopicTask.class, id, false);
    }

    @Override
    public Optional<TopicTask> taskForUpdate(String id) {
        return find(TopicTask.class, id, true);
    }

    @Override
    public List<TopicTask> tasks(String topicId) {
        return em().createQuery("select t from TopicTask t where t.topicId = :t order by t.id", TopicTask.class)
                .setParameter("t", topicId).getResultList();
    }

    @Override
    public List<TaskMilestone> milestones(String taskId) {
        return em().createQuery("select m from TaskMilestone m where m.taskId = :t order by m.reachedOn, m.id",
                TaskMilestone.class).setParameter("t", taskId).getResultList();
    }

    @Override
    public boolean addEvaluation(String topicId, String actorKey, int score, String comment, String recordedBy,
                                 OffsetDateTime at) {
        return NativeSql.query(em(), "insert into topic_evaluation (tenant_id, topic_id, actor_key, score, comment, "
                        + "recorded_by, created_at) values (current_setting('app.tenant_id', true), cast(?1 as uuid), "
                        + "?2, ?3, ?4, ?5, ?6) on conflict do nothing", topicId, actorKey, score, comment, recordedBy, at)
                .executeUpdate() == 1;
    }

    @Override
    public Evaluations evaluations(String topicId) {
        Object[] r = (Object[]) NativeSql.query(em(), "select count(*), count(*) filter (where score >= 4), "
                + "coalesce(avg(score), 0) from topic_evaluation where topic_id = cast(?1 as uuid)", topicId)
                .getSingleResult();
        return new Evaluations(NativeSql.number(r[0]), NativeSql.number(r[1]), ((Number) r[2]).doubleValue());
    }

    @Override
    public Optional<PropertyOwner> owner(String id) {
        return find(PropertyOwner.class, id, false);
    }

    @Override
    public Optional<PropertyOwner> ownerByRef(String registerRef) {
        return em().createQuery("select o from PropertyOwner o where o.registerRef = :r", PropertyOwner.class)
                .setParameter("r", registerRef).getResultStream().findFirst();
    }

    @Override
    public Optional<PropertyUnit> unit(String id) {
        return find(PropertyUnit.class, id, false);
    }

    @Override
    public List<PropertyUnit> units(Collection<String> gridIds, String afterId, int limit) {
        if (gridIds.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select u from PropertyUnit u where u.gridId in :g and u.id > :after order by u.id",
                PropertyUnit.class).setParameter("g", List.copyOf(gridIds)).setParameter("after", after(afterId))
                .setMaxResults(limit + 1).getResultList();
    }

    @Override
    public Optional<ResidentBinding> binding(String id) {
        return find(ResidentBinding.class, id, false);
    }

    @Override
    public Optional<ResidentBinding> bindingForUpdate(String id) {
        return find(ResidentBinding.class, id, true);
    }

    @Override
    public List<ResidentBinding> bindings(Optional<ResidentBinding.State> state, Optional<String> actorKey,
                                          String afterId, int limit) {
        return em().createQuery("select b from ResidentBinding b where b.id > :after and (:anyState = true or "
                        + "b.state = :state) and (:anyActor = true or b.actorKey = :actor) order by b.id",
                        ResidentBinding.class).setParameter("after", after(afterId))
                .setParameter("anyState", state.isEmpty()).setParameter("state",
                        state.orElse(ResidentBinding.State.REQUESTED)).setParameter("anyActor", actorKey.isEmpty())
                .setParameter("actor", actorKey.orElse("")).setMaxResults(limit + 1).getResultList();
    }

    @Override
    public List<ResidentBinding> verifiedBindings(String actorKey) {
        return em().createQuery("select b from ResidentBinding b where b.actorKey = :a and b.state = :v order by b.id",
                ResidentBinding.class).setParameter("a", actorKey).setParameter("v", ResidentBinding.State.VERIFIED)
                .getResultList();
    }

    @Override
    public List<ResidentBinding> verifiedBindingsOfHouseholds(Collection<String> householdIds) {
        if (householdIds.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select b from ResidentBinding b where b.householdId in :h and b.state = :v order by "
                + "b.id", ResidentBinding.class).setParameter("h", List.copyOf(householdIds))
                .setParameter("v", ResidentBinding.State.VERIFIED).getResultList();
    }

    @Override
    public Optional<Representative> representative(String id) {
        return find(Representative.class, id, false);
    }

    @Override
    public List<Representative> representatives(Collection<String> gridIds) {
        if (gridIds.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select r from Representative r where r.gridId in :g order by r.id",
                Representative.class).setParameter("g", List.copyOf(gridIds)).getResultList();
    }

    @Override
    public void removeRepresentative(Representative r) {
        em().remove(r);
    }

    @Override
    public List<DueTask> tasksDueUnnoticed(String kind, java.time.OffsetDateTime from, java.time.OffsetDateTime to,
                                           String timeZone, int limit) {
        List<?> rows = em().createNativeQuery("select cast(t.id as text), cast(t.topic_id as text), d.due "
                        + "from topic_task t cross join lateral (select cast(t.due_on + 1 as timestamp) at time zone ?6 "
                        + "as due) d where t.tenant_id = ?1 and t.done_on is null and d.due >= ?2 and d.due < ?3 "
                        + "and not exists (select 1 from deadline_notice n where n.tenant_id = ?1 "
                        + "and n.record_type = 'task' and n.record_id = t.id and n.kind = ?4 and n.due_at = d.due) "
                        + "order by d.due limit ?5")
                .setHint(org.eclipse.persistence.config.QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, db.boundTenant()).setParameter(2, from).setParameter(3, to).setParameter(4, kind)
                .setParameter(5, limit).setParameter(6, timeZone).getResultList();
        List<DueTask> out = new java.util.ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new DueTask((String) r[0], (String) r[1],
                    org.jiceng.platform.shared.persistence.NativeSql.utc(r[2])));
        }
        return out;
    }
}
