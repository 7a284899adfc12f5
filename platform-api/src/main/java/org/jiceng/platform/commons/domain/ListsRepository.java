package org.jiceng.platform.commons.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The three lists' records within the caller's tenant. Lists return up to {@code limit + 1}. */
public interface ListsRepository {
    void add(Object entity);

    void flush();

    Optional<CommunityResource> resource(String id);

    Optional<CommunityResource> resourceForUpdate(String id);

    List<CommunityResource> resources(Collection<String> gridIds, String afterId, int limit);

    List<CommunityResource> resourcesByIds(Collection<String> ids);

    List<Booking> bookings(String resourceId);

    Optional<Booking> booking(String id);

    Optional<Need> need(String id);

    Optional<Need> needForUpdate(String id);

    List<Need> needs(Collection<String> gridIds, Optional<Need.Status> status, String afterId, int limit);

    List<Need> needsOfProject(String projectId);

    void linkNeed(String projectId, String needId);

    List<Project> projectsOfNeed(String needId);

    Optional<Project> project(String id);

    Optional<Project> projectForUpdate(String id);

    List<Project> projects(Collection<String> gridIds, Optional<Project.State> state, String afterId, int limit);

    void linkResource(String projectId, String resourceId);

    List<String> resourcesOfProject(String projectId);

    List<ProjectMilestone> milestones(String projectId);

    boolean addEvaluation(String projectId, String actorKey, int score, String comment, String recordedBy,
                          java.time.OffsetDateTime at);

    /** count, satisfied (4 or 5), mean score. */
    double[] evaluations(String projectId);

    /** Resources of the subtree counted by kind, provider kind and whether the provider is inside the community. */
    List<Object[]> resourceCounts(Collection<String> gridIds);

    Map<String, Long> needCounts(Collection<String> gridIds);

    Map<String, Long> projectCounts(Collection<String> gridIds);

    /** Projects of the subtree planned and done per month ({@code yyyy-mm|PLANNED} and {@code yyyy-mm|DONE}). */
    Map<String, Long> projectsByMonth(Collection<String> gridIds);
}
