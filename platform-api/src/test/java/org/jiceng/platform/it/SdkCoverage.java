package org.jiceng.platform.it;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which SDK method answers each operation of the served OpenAPI document. The table lives here, in the tests, so
 * the product carries no mapping of its own; {@code GridApiIT} fails when an operation has no line here, or its line
 * names a method the SDK does not have.
 */
final class SdkCoverage {
    /** Operations that are not the tenant or admin API, hence not the SDK's: the Open311 gateway, a standard of its own. */
    static final Set<String> EXEMPT = Set.of("open311Discovery", "open311Services", "open311ServiceDefinition",
            "open311CreateRequest", "open311Requests", "open311Request", "open311Token",
            "open311ServiceRequestUpdates");

    private static final String TABLE = """
            acceptCase CaseService#accept
            acknowledgeCase CaseService#acknowledge
            acknowledgeCaseSummons CaseService#acknowledgeSummons
            deferCase CaseService#defer
            dispatchCase CaseService#dispatchToGrid
            evaluateCase CaseService#evaluate
            exportCases CaseService#export
            getCase CaseService#retrieve
            getCaseStats CaseService#stats
            getCaseTrend CaseService#trend
            getCaseTimeline CaseService#timeline
            listCaseSummonses CaseService#summonses
            listCases CaseService#list
            markCaseDuplicate CaseService#markDuplicate
            rejectCase CaseService#reject
            reopenCase CaseService#reopen
            reportCase CaseService#report
            resolveCase CaseService#resolve
            verifyCase CaseService#verify
            whistleCase CaseService#whistle
            createCaseCategory CaseCategoryService#create
            listCaseCategories CaseCategoryService#list
            updateCaseCategory CaseCategoryService#update
            createDepartment DepartmentService#create
            getDepartment DepartmentService#retrieve
            listDepartments DepartmentService#list
            updateDepartment DepartmentService#update
            createAssignment AssignmentService#assignToGrid
            deleteAssignment AssignmentService#delete
            listAssignments AssignmentService#list
            getMe AssignmentService#me
            createGrid GridService#create
            deleteGrid GridService#delete
            getGrid GridService#retrieve
            importGrids GridService#importFile
            listGridAncestors GridService#ancestors
            listGridDescendants GridService#descendants
            listGrids GridService#list
            locateGrid GridService#locate
            moveGrid GridService#move
            updateGrid GridService#update
            getHousehold HouseholdService#retrieve
            listHouseholds HouseholdService#list
            registerHousehold HouseholdService#register
            exportTenant TenantService#export
            getTenant TenantService#retrieve
            listTenants TenantService#list
            offboardTenant TenantService#offboard
            registerTenant TenantService#register
            resumeTenant TenantService#resume
            suspendTenant TenantService#suspend
            unregisterTenant TenantService#unregister
            updateTenant TenantService#update
            getVolunteerHours VolunteerService#hours
            getTenantFigures TenantService#figures
            onboardTenant TenantService#onboard
            importTenantGrids TenantService#importGrids
            listTenantClients TenantClientService#list
            createTenantClient TenantClientService#create
            rotateTenantClientSecret TenantClientService#rotateSecret
            listTenantOpen311Keys TenantOpen311KeyService#list
            issueTenantOpen311Key TenantOpen311KeyService#issue
            getTenantOpen311Key TenantOpen311KeyService#retrieve
            revokeTenantOpen311Key TenantOpen311KeyService#revoke
            listTenantWebhookEndpoints TenantWebhookEndpointService#list
            getTenantWebhookEndpoint TenantWebhookEndpointService#retrieve
            disableTenantWebhookEndpoint TenantWebhookEndpointService#disable
            enableTenantWebhookEndpoint TenantWebhookEndpointService#enable
            listTenantStaff TenantStaffService#list
            inviteTenantStaff TenantStaffService#invite
            setTenantStaffRoles TenantStaffService#setRoles
            removeTenantStaff TenantStaffService#remove
            listStaff StaffService#list
            inviteStaff StaffService#invite
            setStaffRoles StaffService#setRoles
            removeStaff StaffService#remove
            eraseMyPersonalData PersonalDataService#eraseMine
            erasePersonalData PersonalDataService#erase
            exportMyPersonalData PersonalDataService#mine
            exportPersonalData PersonalDataService#export
            appointPartyPost PartyOrganizationService#appoint
            countPartyMeetings PartyOrganizationService#meetingCounts
            dissolvePartyOrganization PartyOrganizationService#dissolve
            endPartyPost PartyPostService#end
            getPartyPost PartyPostService#retrieve
            establishPartyOrganization PartyOrganizationService#establish
            getPartyMeeting PartyMeetingService#retrieve
            getPartyOrganization PartyOrganizationService#retrieve
            getPartyOrganizationGrids PartyOrganizationService#coverage
            getPartyOrganizationHouseholdCoverage PartyOrganizationService#householdCoverage
            getPartyStats PartyOrganizationService#stats
            holdPartyMeeting PartyOrganizationService#holdMeeting
            listPartyMeetings PartyOrganizationService#meetings
            listPartyOrganizationAncestors PartyOrganizationService#ancestors
            listPartyOrganizationMembers PartyOrganizationService#members
            listPartyOrganizationSubtree PartyOrganizationService#subtree
            listPartyPosts PartyOrganizationService#posts
            listPartyReports PartyOrganizationService#reports
            listTopPartyOrganizations PartyOrganizationService#list
            movePartyOrganization PartyOrganizationService#move
            setPartyOrganizationGrids PartyOrganizationService#cover
            acceptPartyReport PartyReportService#accept
            acceptPartyTransfer PartyTransferService#accept
            admitPartyMember PartyMemberService#admit
            declinePartyReport PartyReportService#decline
            declinePartyTransfer PartyTransferService#decline
            getPartyMember PartyMemberService#retrieve
            getPartyMemberPosts PartyMemberService#posts
            getPartyReport PartyReportService#retrieve
            getPartyTransfer PartyTransferService#retrieve
            issuePartyTransfer PartyTransferService#issue
            linkPartyMember PartyMemberService#link
            getPartyMemberLink PartyMemberService#retrieveLink
            linkPartyMemberAccount PartyMemberService#linkAccount
            listHouseholdPartyMembers PartyMemberService#covering
            listPartyMemberHouseholds PartyMemberService#households
            listPartyMemberLinks PartyMemberService#links
            listPartyMemberTransfers PartyMemberService#transfers
            reportInService PartyReportService#report
            unlinkPartyMember PartyMemberService#unlink
            createCommunityBody CommunityBodyService#create
            endBodySeat CommunityBodyService#endSeat
            getBodySeat CommunityBodyService#retrieveSeat
            getCommunityBody CommunityBodyService#retrieve
            listBodySeats CommunityBodyService#seats
            listCommunityBodies CommunityBodyService#list
            takeBodySeat CommunityBodyService#seat
            completeAllianceDecision AllianceService#complete
            formAlliance AllianceService#form
            getAlliance AllianceService#retrieve
            holdAllianceMeeting AllianceService#meet
            joinAlliance AllianceService#join
            listAllianceMeetings AllianceService#meetings
            getAllianceMeeting AllianceService#retrieveMeeting
            listAlliances AllianceService#list
            addVolunteerTeamMember VolunteerTeamService#addMember
            cancelActivitySignup ActivityService#cancel
            checkInActivitySignup ActivityService#checkIn
            checkOutActivitySignup ActivityService#checkOut
            checkPointsLedger PointsService#check
            claimWish WishService#claim
            confirmWish WishService#confirm
            createActivity ActivityService#create
            createReward RewardService#create
            createVolunteerTeam VolunteerTeamService#create
            expirePoints PointsService#expire
            fulfilWish WishService#fulfil
            getActivity ActivityService#retrieve
            getActivitySignup ActivityService#retrieveSignup
            getPointsMultiplier PointsService#retrieveMultiplier
            getRedemption RewardService#retrieveRedemption
            getReward RewardService#retrieve
            getVolunteer VolunteerService#retrieve
            getVolunteerLeaderboard VolunteerService#leaderboard
            getVolunteerServiceRecord VolunteerService#serviceRecord
            getVolunteerStatement VolunteerService#statement
            getVolunteerTeam VolunteerTeamService#retrieve
            getWish WishService#retrieve
            listActivities ActivityService#list
            listActivitySignups ActivityService#signups
            listPointsMultipliers PointsService#multipliers
            listRewards RewardService#list
            listVolunteerTeams VolunteerTeamService#list
            listVolunteers VolunteerService#list
            listWishes WishService#list
            postWish WishService#post
            redeemReward RewardService#redeem
            registerVolunteer VolunteerService#register
            restockReward RewardService#restock
            reversePointsTransaction PointsService#reverse
            setPointsMultiplier PointsService#updateMultiplier
            signUpForActivity ActivityService#signUp
            verifyActivitySignup ActivityService#verify
            withdrawWish WishService#withdraw
            createCouncil CouncilService#create
            listCouncils CouncilService#list
            getCouncil CouncilService#retrieve
            updateCouncil CouncilService#update
            renewCouncilTerm CouncilService#renewTerm
            addCouncilMember CouncilService#addMember
            listCouncilMembers CouncilService#listMembers
            removeCouncilMember CouncilService#removeMember
            proposeTopic TopicService#propose
            listTopics TopicService#list
            getTopic TopicService#retrieve
            getPublicTopic TopicService#retrievePublic
            secondTopic TopicService#second
            acceptTopic TopicService#accept
            declineTopic TopicService#decline
            withdrawTopic TopicService#withdraw
            reviewTopic TopicService#review
            decideTopic TopicService#decide
            fundTopic TopicService#fund
            deliberateTopicAgain TopicService#deliberateAgain
            closeTopic TopicService#close
            recordTopicMeeting TopicService#recordMeeting
            listTopicMeetings TopicService#listMeetings
            commentOnTopic TopicService#comment
            listTopicComments TopicService#listComments
            moderateTopicComment TopicService#moderateComment
            addTopicTask TopicService#addTask
            listTopicTasks TopicService#listTasks
            evaluateTopic TopicService#evaluate
            getTopicEvaluations TopicService#retrieveEvaluations
            getDeliberationStats TopicService#stats
            draftVote VoteService#draft
            listTopicVotes VoteService#listForTopic
            getVote VoteService#retrieve
            reviseVote VoteService#revise
            openVote VoteService#open
            closeVote VoteService#close
            castBallot VoteService#cast
            listBallots VoteService#listBallots
            listElectors VoteService#listElectors
            getTask TaskService#retrieve
            reachTaskMilestone TaskService#reachMilestone
            listTaskMilestones TaskService#listMilestones
            openTaskCase TaskService#openCase
            registerPropertyUnit PropertyUnitService#register
            listPropertyUnits PropertyUnitService#list
            requestResidentBinding ResidentBindingService#request
            listResidentBindings ResidentBindingService#list
            getResidentBinding ResidentBindingService#retrieve
            verifyResidentBinding ResidentBindingService#verify
            revokeResidentBinding ResidentBindingService#revoke
            addRepresentative RepresentativeService#add
            listRepresentatives RepresentativeService#list
            removeRepresentative RepresentativeService#remove
            createFundAccount FundAccountService#create
            listFundAccounts FundAccountService#list
            getFundAccount FundAccountService#retrieve
            updateFundAccount FundAccountService#update
            addBudgetLine FundAccountService#addBudgetLine
            listBudgetLines FundAccountService#listBudgetLines
            recordFundEntry FundAccountService#record
            listFundEntries FundAccountService#listEntries
            listFundPeriods FundAccountService#listPeriods
            closeFundPeriod FundAccountService#closePeriod
            reopenFundPeriod FundAccountService#reopenPeriod
            publishFundPeriod FundAccountService#publishPeriod
            getPublicLedger FundAccountService#retrievePublicLedger
            exportPublicLedger FundAccountService#exportPublicLedger
            verifyFundLedger FundAccountService#verify
            getFundSpending FundAccountService#spending
            getFundEntry FundEntryService#retrieve
            approveFundEntry FundEntryService#approve
            reverseFundEntry FundEntryService#reverse
            listCommunityResource CommunityResourceService#create
            listCommunityResources CommunityResourceService#list
            getCommunityResource CommunityResourceService#retrieve
            updateCommunityResource CommunityResourceService#update
            bookCommunityResource CommunityResourceService#book
            listResourceBookings CommunityResourceService#listBookings
            cancelResourceBooking CommunityResourceService#cancelBooking
            getListStats CommunityResourceService#stats
            gatherNeed NeedService#gather
            listNeeds NeedService#list
            getNeed NeedService#retrieve
            mergeNeed NeedService#merge
            triageNeed NeedService#triage
            planProject ProjectService#plan
            listProjects ProjectService#list
            getProject ProjectService#retrieve
            startProject ProjectService#start
            reachProjectMilestone ProjectService#reachMilestone
            listProjectMilestones ProjectService#listMilestones
            cancelProject ProjectService#cancel
            evaluateProject ProjectService#evaluate
            getProjectEvaluations ProjectService#retrieveEvaluations
            exportCommunityResources CommunityResourceService#export
            exportNeeds NeedService#export
            exportProjects ProjectService#export
            issueOpen311Key Open311KeyService#issue
            listOpen311Keys Open311KeyService#list
            getOpen311Key Open311KeyService#retrieve
            revokeOpen311Key Open311KeyService#revoke
            listEvents EventService#list
            createWebhookEndpoint WebhookEndpointService#create
            listWebhookEndpoints WebhookEndpointService#list
            getWebhookEndpoint WebhookEndpointService#retrieve
            updateWebhookEndpoint WebhookEndpointService#update
            deleteWebhookEndpoint WebhookEndpointService#delete
            rotateWebhookSecret WebhookEndpointService#rotateSecret
            pingWebhookEndpoint WebhookEndpointService#ping
            listWebhookDeliveries WebhookEndpointService#listDeliveries
            getWebhookDelivery WebhookEndpointService#retrieveDelivery
            redeliverWebhook WebhookEndpointService#redeliver
            """;

    private static final Map<String, Class<?>> SERVICES = Map.ofEntries(
            Map.entry("CaseService", org.jiceng.sdk.cases.CaseService.class),
            Map.entry("CaseCategoryService", org.jiceng.sdk.cases.CaseCategoryService.class),
            Map.entry("DepartmentService", org.jiceng.sdk.cases.DepartmentService.class),
            Map.entry("AssignmentService", org.jiceng.sdk.cases.AssignmentService.class),
            Map.entry("GridService", org.jiceng.sdk.grids.GridService.class),
            Map.entry("HouseholdService", org.jiceng.sdk.grids.HouseholdService.class),
            Map.entry("TenantService", org.jiceng.sdk.tenants.TenantService.class),
            Map.entry("TenantStaffService", org.jiceng.sdk.tenants.TenantStaffService.class),
            Map.entry("TenantClientService", org.jiceng.sdk.tenants.TenantClientService.class),
            Map.entry("TenantOpen311KeyService", org.jiceng.sdk.tenants.TenantOpen311KeyService.class),
            Map.entry("TenantWebhookEndpointService", org.jiceng.sdk.tenants.TenantWebhookEndpointService.class),
            Map.entry("StaffService", org.jiceng.sdk.tenants.StaffService.class),
            Map.entry("PersonalDataService", org.jiceng.sdk.privacy.PersonalDataService.class),
            Map.entry("PartyOrganizationService", org.jiceng.sdk.party.PartyOrganizationService.class),
            Map.entry("PartyMemberService", org.jiceng.sdk.party.PartyMemberService.class),
            Map.entry("PartyPostService", org.jiceng.sdk.party.PartyPostService.class),
            Map.entry("PartyMeetingService", org.jiceng.sdk.party.PartyMeetingService.class),
            Map.entry("PartyReportService", org.jiceng.sdk.party.PartyReportService.class),
            Map.entry("PartyTransferService", org.jiceng.sdk.party.PartyTransferService.class),
            Map.entry("CommunityBodyService", org.jiceng.sdk.party.CommunityBodyService.class),
            Map.entry("AllianceService", org.jiceng.sdk.party.AllianceService.class),
            Map.entry("VolunteerService", org.jiceng.sdk.volunteers.VolunteerService.class),
            Map.entry("ActivityService", org.jiceng.sdk.volunteers.ActivityService.class),
            Map.entry("WishService", org.jiceng.sdk.volunteers.WishService.class),
            Map.entry("RewardService", org.jiceng.sdk.volunteers.RewardService.class),
            Map.entry("PointsService", org.jiceng.sdk.volunteers.PointsService.class),
            Map.entry("VolunteerTeamService", org.jiceng.sdk.volunteers.VolunteerTeamService.class),
            Map.entry("CouncilService", org.jiceng.sdk.deliberation.CouncilService.class),
            Map.entry("TopicService", org.jiceng.sdk.deliberation.TopicService.class),
            Map.entry("VoteService", org.jiceng.sdk.deliberation.VoteService.class),
            Map.entry("TaskService", org.jiceng.sdk.deliberation.TaskService.class),
            Map.entry("PropertyUnitService", org.jiceng.sdk.deliberation.PropertyUnitService.class),
            Map.entry("ResidentBindingService", org.jiceng.sdk.deliberation.ResidentBindingService.class),
            Map.entry("RepresentativeService", org.jiceng.sdk.deliberation.RepresentativeService.class),
            Map.entry("EventService", org.jiceng.sdk.events.EventService.class),
            Map.entry("Open311KeyService", org.jiceng.sdk.open311.Open311KeyService.class),
            Map.entry("WebhookEndpointService", org.jiceng.sdk.webhooks.WebhookEndpointService.class),
            Map.entry("FundAccountService", org.jiceng.sdk.funds.FundAccountService.class),
            Map.entry("FundEntryService", org.jiceng.sdk.funds.FundEntryService.class),
            Map.entry("CommunityResourceService", org.jiceng.sdk.lists.CommunityResourceService.class),
            Map.entry("NeedService", org.jiceng.sdk.lists.NeedService.class),
            Map.entry("ProjectService", org.jiceng.sdk.lists.ProjectService.class));

    private SdkCoverage() {
    }

    /** operationId → "Service#method" as the table says. */
    static Map<String, String> table() {
        Map<String, String> out = new LinkedHashMap<>();
        TABLE.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> {
            String[] parts = l.split("\\s+");
            out.put(parts[0], parts[1]);
        });
        return out;
    }

    /** Whether the SDK has the public method a line names. */
    static boolean exists(String serviceAndMethod) {
        String[] parts = serviceAndMethod.split("#");
        Class<?> service = SERVICES.get(parts[0]);
        if (service == null) {
            return false;
        }
        return Arrays.stream(service.getMethods()).map(Method::getName).anyMatch(parts[1]::equals)
                && Arrays.stream(service.getMethods()).filter(m -> m.getName().equals(parts[1]))
                .allMatch(m -> Modifier.isPublic(m.getModifiers()));
    }
}
