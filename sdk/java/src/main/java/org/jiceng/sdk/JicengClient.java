package org.jiceng.sdk;

import org.jiceng.sdk.core.ClientCredentialsTokenProvider;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.TokenProvider;
import org.jiceng.sdk.cases.AssignmentService;
import org.jiceng.sdk.privacy.PersonalDataService;
import org.jiceng.sdk.cases.CaseCategoryService;
import org.jiceng.sdk.cases.CaseService;
import org.jiceng.sdk.cases.DepartmentService;
import org.jiceng.sdk.grids.GridService;
import org.jiceng.sdk.grids.HouseholdService;
import org.jiceng.sdk.party.AllianceService;
import org.jiceng.sdk.party.CommunityBodyService;
import org.jiceng.sdk.party.PartyMeetingService;
import org.jiceng.sdk.party.PartyMemberService;
import org.jiceng.sdk.party.PartyOrganizationService;
import org.jiceng.sdk.party.PartyPostService;
import org.jiceng.sdk.party.PartyReportService;
import org.jiceng.sdk.party.PartyTransferService;
import org.jiceng.sdk.volunteers.ActivityService;
import org.jiceng.sdk.volunteers.PointsService;
import org.jiceng.sdk.volunteers.RewardService;
import org.jiceng.sdk.volunteers.VolunteerService;
import org.jiceng.sdk.volunteers.VolunteerTeamService;
import org.jiceng.sdk.volunteers.WishService;
import org.jiceng.sdk.lists.CommunityResourceService;
import org.jiceng.sdk.lists.NeedService;
import org.jiceng.sdk.lists.ProjectService;
import org.jiceng.sdk.funds.FundAccountService;
import org.jiceng.sdk.funds.FundEntryService;
import org.jiceng.sdk.deliberation.CouncilService;
import org.jiceng.sdk.deliberation.TopicService;
import org.jiceng.sdk.deliberation.VoteService;
import org.jiceng.sdk.deliberation.TaskService;
import org.jiceng.sdk.deliberation.PropertyUnitService;
import org.jiceng.sdk.deliberation.ResidentBindingService;
import org.jiceng.sdk.deliberation.RepresentativeService;
import org.jiceng.sdk.tenants.TenantService;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The entry point of the SDK: one client per tenant credential, thread-safe, meant to be shared. Resources are
 * reached through per-resource services, e.g. {@link #grids()}.
 *
 * <pre>{@code
 * var client = JicengClient.builder()
 *         .baseUrl("https://api.jiceng.example")
 *         .clientCredentials("https://sso.jiceng.example/realms/jiceng-sip", "district-it", secret)
 *         .build();
 * }</pre>
 */
public final class JicengClient {
    /** Version of this SDK, sent in {@code User-Agent}. */
    public static final String VERSION = "0.1.0";

    private final GridService grids;
    private final TenantService tenants;
    private final org.jiceng.sdk.tenants.StaffService staff;
    private final CaseService cases;
    private final org.jiceng.sdk.events.EventService events;
    private final org.jiceng.sdk.open311.Open311KeyService open311Keys;
    private final org.jiceng.sdk.webhooks.WebhookEndpointService webhookEndpoints;
    private final DepartmentService departments;
    private final CaseCategoryService caseCategories;
    private final AssignmentService assignments;
    private final PersonalDataService personalData;
    private final VolunteerService volunteers;
    private final ActivityService activities;
    private final WishService wishes;
    private final RewardService rewards;
    private final PointsService points;
    private final VolunteerTeamService volunteerTeams;
    private final RawClient raw;
    private final HouseholdService households;
    private final PartyOrganizationService partyOrganizations;
    private final PartyMemberService partyMembers;
    private final PartyPostService partyPosts;
    private final PartyMeetingService partyMeetings;
    private final PartyReportService partyReports;
    private final PartyTransferService partyTransfers;
    private final CommunityBodyService communityBodies;
    private final AllianceService alliances;
    private final CommunityResourceService communityResources;
    private final NeedService needs;
    private final ProjectService projects;
    private final FundAccountService fundAccounts;
    private final FundEntryService fundEntries;
    private final CouncilService councils;
    private final TopicService topics;
    private final VoteService votes;
    private final TaskService tasks;
    private final PropertyUnitService propertyUnits;
    private final ResidentBindingService residentBindings;
    private final RepresentativeService representatives;

    private JicengClient(HttpTransport transport) {
        this.grids = new GridService(transport);
        this.tenants = new TenantService(transport);
        this.staff = new org.jiceng.sdk.tenants.StaffService(transport);
        this.cases = new CaseService(transport);
        this.events = new org.jiceng.sdk.events.EventService(transport);
        this.open311Keys = new org.jiceng.sdk.open311.Open311KeyService(transport);
        this.webhookEndpoints = new org.jiceng.sdk.webhooks.WebhookEndpointService(transport);
        this.departments = new DepartmentService(transport);
        this.caseCategories = new CaseCategoryService(transport);
        this.assignments = new AssignmentService(transport);
        this.personalData = new PersonalDataService(transport);
        this.volunteers = new VolunteerService(transport);
        this.activities = new ActivityService(transport);
        this.wishes = new WishService(transport);
        this.rewards = new RewardService(transport);
        this.points = new PointsService(transport);
        this.volunteerTeams = new VolunteerTeamService(transport);
        this.raw = new RawClient(transport);
        this.households = new HouseholdService(transport);
        this.partyOrganizations = new PartyOrganizationService(transport);
        this.partyMembers = new PartyMemberService(transport);
        this.partyPosts = new PartyPostService(transport);
        this.partyMeetings = new PartyMeetingService(transport);
        this.partyReports = new PartyReportService(transport);
        this.partyTransfers = new PartyTransferService(transport);
        this.communityBodies = new CommunityBodyService(transport);
        this.alliances = new AllianceService(transport);
        this.communityResources = new CommunityResourceService(transport);
        this.needs = new NeedService(transport);
        this.projects = new ProjectService(transport);
        this.fundAccounts = new FundAccountService(transport);
        this.fundEntries = new FundEntryService(transport);
        this.councils = new CouncilService(transport);
        this.topics = new TopicService(transport);
        this.votes = new VoteService(transport);
        this.tasks = new TaskService(transport);
        this.propertyUnits = new PropertyUnitService(transport);
        this.residentBindings = new ResidentBindingService(transport);
        this.representatives = new RepresentativeService(transport);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** 网格: the administrative grid tree. */
    public GridService grids() {
        return grids;
    }

    /** The event feed: what happened to the records this client may read, to page through or follow. */
    public org.jiceng.sdk.events.EventService events() {
        return events;
    }

    /** Open311 api_keys the tenant's administrators issue to vendors' machine clients. */
    public org.jiceng.sdk.open311.Open311KeyService open311Keys() {
        return open311Keys;
    }

    /** Webhook endpoints of this client: where the platform posts the events it may read, signed. */
    public org.jiceng.sdk.webhooks.WebhookEndpointService webhookEndpoints() {
        return webhookEndpoints;
    }

    /** 诉求/事件: cases of the closed loop, from report to evaluation. */
    public CaseService cases() {
        return cases;
    }

    /** 职能部门: departments and other units cases are dispatched to. */
    public DepartmentService departments() {
        return departments;
    }

    /** 事项分类: the case catalogue with its deadlines. */
    public CaseCategoryService caseCategories() {
        return caseCategories;
    }

    /** 任职: who acts on which grids and for which departments; {@code assignments().me()} tells who you are. */
    public AssignmentService assignments() {
        return assignments;
    }

    /** Data-subject requests: a person's export and erasure of what the tenant holds about them. */
    public PersonalDataService personalData() {
        return personalData;
    }

    /** 志愿者: volunteers, their statements, records of service and the leaderboard. */
    public VolunteerService volunteers() {
        return volunteers;
    }

    /** 志愿活动: activities and their sign-ups, check-in and the organiser's verification. */
    public ActivityService activities() {
        return activities;
    }

    /** 资源清单: the community's resources, their providers, and bookings of places. */
    public CommunityResourceService communityResources() {
        return communityResources;
    }

    /** 需求清单: needs gathered, merged and triaged. */
    public NeedService needs() {
        return needs;
    }

    /** 项目清单: projects planned from needs, carried out and evaluated. */
    public ProjectService projects() {
        return projects;
    }

    /** Public-fund ledgers residents can read: accounts, entries, periods, the published ledger. */
    public FundAccountService fundAccounts() {
        return fundAccounts;
    }

    /** Fund ledger entries: second approval and corrections. */
    public FundEntryService fundEntries() {
        return fundEntries;
    }

    /** 议事会: councils at grid nodes, their mandates, terms and members. */
    public CouncilService councils() {
        return councils;
    }

    /** 议题: deliberation topics from proposal to published result (提—议—决—办—评). */
    public TopicService topics() {
        return topics;
    }

    /** Votes under lawful rules, with their rolls and ballots. */
    public VoteService votes() {
        return votes;
    }

    /** Implementation tasks of decisions, their milestones and cases. */
    public TaskService tasks() {
        return tasks;
    }

    /** 专有部分: property units with floor area and owner, for owners' votes. */
    public PropertyUnitService propertyUnits() {
        return propertyUnits;
    }

    /** Residents bound to a household or owner, verified by staff, so they can vote and evaluate. */
    public ResidentBindingService residentBindings() {
        return residentBindings;
    }

    /** 居民小组代表: residents' group representatives. */
    public RepresentativeService representatives() {
        return representatives;
    }

    /** 微心愿: residents' small wishes, claimed and fulfilled by volunteers. */
    public WishService wishes() {
        return wishes;
    }

    /** 积分兑换: the rewards catalogue and redemptions. */
    public RewardService rewards() {
        return rewards;
    }

    /** 积分: the points ledger as a whole: reversals, multipliers, expiry and the ledger check. */
    public PointsService points() {
        return points;
    }

    /** 志愿服务队: volunteer teams and their members. */
    public VolunteerTeamService volunteerTeams() {
        return volunteerTeams;
    }

    /** The API as it is on the wire: any path, with status, headers and body. */
    public RawClient withRawResponse() {
        return raw;
    }

    /** 户: the household register of buildings, compounds and grids. */
    public HouseholdService households() {
        return households;
    }

    /** 党组织: the Party organisation tree, posts, coverage, rosters, organisation life and statistics. */
    public PartyOrganizationService partyOrganizations() {
        return partyOrganizations;
    }

    /** 党员: members, their posts, transfers and household links (党员联户). */
    public PartyMemberService partyMembers() {
        return partyMembers;
    }

    /** 职务: posts in Party organisations (appointed through {@code partyOrganizations().appoint}). */
    public PartyPostService partyPosts() {
        return partyPosts;
    }

    /** 组织生活: meetings of the 三会一课 and themed Party days, with attendance. */
    public PartyMeetingService partyMeetings() {
        return partyMeetings;
    }

    /** 在职党员报到: in-service members' reports to communities. */
    public PartyReportService partyReports() {
        return partyReports;
    }

    /** 组织关系转接: transfers of members' organisational relationship. */
    public PartyTransferService partyTransfers() {
        return partyTransfers;
    }

    /** Owners' committees, property companies and the other bodies of a community, with their seats. */
    public CommunityBodyService communityBodies() {
        return communityBodies;
    }

    /** Alliances such as the "5+" red alliance, with their meetings and decisions. */
    public AllianceService alliances() {
        return alliances;
    }

    /** 工作人员: the tenant's own people in its realm, for its administrators ({@code staff:manage}). */
    public org.jiceng.sdk.tenants.StaffService staff() {
        return staff;
    }

    /** 租户: platform administration of tenants; needs a platform-admin token of the platform realm. */
    public TenantService tenants() {
        return tenants;
    }

    /** Builder of {@link JicengClient}: a base URL and one way to authenticate are required. */
    public static final class Builder {
        private URI baseUrl;
        private TokenProvider tokens;
        private String tokenEndpoint;
        private String clientId;
        private String clientSecret;
        private Duration timeout = Duration.ofSeconds(30);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private int maxRetries = 2;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(8);
        private HttpTransport.Sleeper sleeper = d -> Thread.sleep(d.toMillis());
        private HttpClient httpClient;
        private String acceptLanguage;

        private Builder() {
        }

        /** The platform's base URL, e.g. {@code https://api.jiceng.example}. */
        public Builder baseUrl(String baseUrl) {
            String url = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
            this.baseUrl = URI.create(url);
            return this;
        }

        /**
         * Authenticates with the OAuth 2.0 client-credentials grant. {@code issuerOrTokenUrl} is the tenant's
         * realm ({@code .../realms/jiceng-sip}) or its token endpoint; the token is cached and refreshed before
         * it expires.
         */
        public Builder clientCredentials(String issuerOrTokenUrl, String clientId, String clientSecret) {
            this.tokenEndpoint = Objects.requireNonNull(issuerOrTokenUrl);
            this.clientId = Objects.requireNonNull(clientId);
            this.clientSecret = Objects.requireNonNull(clientSecret);
            return this;
        }

        /** Uses tokens obtained by the caller, e.g. a resident's token from a vendor's login flow. */
        public Builder tokenSupplier(Supplier<String> supplier) {
            Objects.requireNonNull(supplier);
            this.tokens = supplier::get;
            return this;
        }

        public Builder tokenProvider(TokenProvider provider) {
            this.tokens = Objects.requireNonNull(provider);
            return this;
        }

        /** Timeout of each HTTP request (default 30 s). */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /** Retries after a connection failure, 429, 502, 503 or 504 (default 2). */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be >= 0");
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /** First backoff (default 500 ms), doubled per attempt up to {@code max} (default 8 s), with jitter. */
        public Builder backoff(Duration initial, Duration max) {
            this.initialBackoff = initial;
            this.maxBackoff = max;
            return this;
        }

        /** Replaces how the client waits between retries; for tests. */
        public Builder sleeper(HttpTransport.Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /**
         * The language of problem details, e.g. {@code en} or {@code zh-CN}, sent as {@code Accept-Language}. Without
         * it the platform answers in the tenant's language.
         */
        public Builder acceptLanguage(String languageRange) {
            this.acceptLanguage = Objects.requireNonNull(languageRange);
            return this;
        }

        /** Shares an existing JDK client (its executor, proxy and TLS settings). */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        public JicengClient build() {
            if (baseUrl == null) {
                throw new IllegalStateException("baseUrl is required");
            }
            HttpClient http = httpClient != null ? httpClient
                    : HttpClient.newBuilder().connectTimeout(connectTimeout).build();
            TokenProvider auth = tokens;
            if (auth == null && tokenEndpoint != null) {
                auth = new ClientCredentialsTokenProvider(ClientCredentialsTokenProvider.tokenEndpointOf(tokenEndpoint),
                        clientId, clientSecret, http, timeout, Clock.systemUTC());
            }
            if (auth == null) {
                throw new IllegalStateException("clientCredentials(...) or tokenSupplier(...) is required");
            }
            HttpTransport transport = new HttpTransport(baseUrl, http, auth, timeout, maxRetries, initialBackoff,
                    maxBackoff, sleeper, "jiceng-java/" + VERSION + " java/" + System.getProperty("java.version"),
                    acceptLanguage == null ? java.util.Map.of() : java.util.Map.of("Accept-Language", acceptLanguage));
            return new JicengClient(transport);
        }
    }
}
