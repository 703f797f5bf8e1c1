package dev.lmiadvisor.server;

import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.knowledge.KnowledgeService;
import dev.lmiadvisor.regions.RegionAvailabilityService;
import dev.lmiadvisor.tools.assessment.WorkloadAssessor;
import dev.lmiadvisor.tools.cost.CostComparator;
import dev.lmiadvisor.tools.cost.InstancePricer;
import dev.lmiadvisor.tools.cost.LivePriceSettings;
import dev.lmiadvisor.tools.cost.PriceTable;
import dev.lmiadvisor.tools.live.LiveSettings;
import dev.lmiadvisor.tools.live.assess.FunctionAssessor;
import dev.lmiadvisor.tools.live.inspect.DeploymentInspector;
import dev.lmiadvisor.tools.review.Reviewers;
import dev.lmiadvisor.tools.sandbox.SandboxService;
import dev.lmiadvisor.tools.sandbox.SandboxSettings;
import dev.lmiadvisor.tools.sizing.SizingCalculator;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The domain services, each built on first use: {@code tools/list} needs none of them, so a client
 * that starts the server sees its tools without waiting for an index to be built.
 */
public final class Services {

  private final Map<String, String> environment;
  private final Supplier<LiveSettings> liveSettings;

  /** The services as the process environment's LMI_ADVISOR_* variables configure them. */
  public Services() {
    this(System.getenv(), UnaryOperator.identity());
  }

  /**
   * @param environment the settings (LMI_ADVISOR_* and the AWS profile variables): the process
   *     environment, or a test's
   * @param live adjusts the live-account tools' settings read from it, which share the sandbox's
   *     credential chain and profile (a test gives them credentials of its own)
   */
  public Services(Map<String, String> environment, UnaryOperator<LiveSettings> live) {
    this.environment = Map.copyOf(environment);
    this.liveSettings =
        lazily(
            () ->
                live.apply(
                    setting(
                        () -> LiveSettings.fromEnvironment(environment(), sandbox().settings()))));
  }

  private Map<String, String> environment() {
    return environment;
  }

  private final Supplier<KnowledgeService> knowledge =
      lazily(
          () -> {
            LuceneWarning.quiet();
            return KnowledgeService.load();
          });

  /**
   * Lucene warns when it loads that the JDK's vector incubator module is not readable. The index
   * holds no vectors, so the warning only alarms people; it is kept off the console (a strong
   * reference, or the logger and its level would be collected). Set when the knowledge loads, not
   * at start-up, where java.util.logging costs the stdio start a few milliseconds.
   */
  private static final class LuceneWarning {
    private static final java.util.logging.Logger LOGGER =
        java.util.logging.Logger.getLogger(
            "org.apache.lucene.internal.vectorization.VectorizationProvider");

    static void quiet() {
      LOGGER.setLevel(java.util.logging.Level.SEVERE);
    }
  }

  private final Supplier<RegionAvailabilityService> regions =
      lazily(RegionAvailabilityService::load);
  private final Supplier<SandboxService> sandbox =
      lazily(
          () ->
              SandboxService.create(setting(() -> SandboxSettings.fromEnvironment(environment()))));

  public KnowledgeService knowledge() {
    return knowledge.get();
  }

  public RegionAvailabilityService regions() {
    return regions.get();
  }

  private final Supplier<Reviewers> reviewers = lazily(Reviewers::create);

  public Reviewers reviewers() {
    return reviewers.get();
  }

  private volatile dev.lmiadvisor.server.approvals.WebApprovals webApprovals;

  /**
   * The web console's approval requests, once the HTTP server has turned them on ({@code
   * LMI_ADVISOR_WEB_APPROVALS=true}); empty on stdio, the command line and stateless HTTP.
   */
  public java.util.Optional<dev.lmiadvisor.server.approvals.WebApprovals> webApprovals() {
    return java.util.Optional.ofNullable(webApprovals);
  }

  public void webApprovals(dev.lmiadvisor.server.approvals.WebApprovals approvals) {
    this.webApprovals = approvals;
  }

  /** The AWS CLI sandbox and its audit log, configured from LMI_ADVISOR_* variables. */
  public SandboxService sandbox() {
    return sandbox.get();
  }

  // Sizing and cost: the price table, and live prices only when LMI_ADVISOR_LIVE_PRICES=true.
  private final Supplier<LivePriceSettings> livePrices =
      lazily(() -> setting(() -> LivePriceSettings.fromEnvironment(environment())));
  private final Supplier<PriceTable> priceTable = lazily(PriceTable::load);
  private final Supplier<SizingCalculator> sizing =
      lazily(() -> new SizingCalculator(priceTable().catalog(), priceTable()));
  private final Supplier<CostComparator> costs =
      lazily(
          () ->
              new CostComparator(
                  priceTable(), InstancePricer.create(priceTable(), livePrices.get()), sizing()));
  private final Supplier<WorkloadAssessor> assessor =
      lazily(() -> new WorkloadAssessor(priceTable()));

  public PriceTable priceTable() {
    return priceTable.get();
  }

  public SizingCalculator sizing() {
    return sizing.get();
  }

  public CostComparator costs() {
    return costs.get();
  }

  public WorkloadAssessor assessor() {
    return assessor.get();
  }

  // Live account: read-only, audited in the sandbox's chain, with the sandbox's credentials.
  private final Supplier<DeploymentInspector> inspector =
      lazily(() -> new DeploymentInspector(liveSettings(), sandbox().auditLog()));
  private final Supplier<FunctionAssessor> functionAssessor =
      lazily(
          () ->
              new FunctionAssessor(
                  liveSettings(),
                  sandbox().auditLog(),
                  assessor(),
                  sizing(),
                  costs(),
                  priceTable().regions(),
                  Clock.systemUTC()));

  /** How the live-account tools reach AWS. */
  public LiveSettings liveSettings() {
    return liveSettings.get();
  }

  /** inspect_deployment's reader of the account. */
  public DeploymentInspector inspector() {
    return inspector.get();
  }

  /** assess_function's reader of the account. */
  public FunctionAssessor functionAssessor() {
    return functionAssessor.get();
  }

  /** Whether compare_costs may ask the AWS Price List API (an operator setting). */
  public boolean livePricesEnabled() {
    try {
      return livePrices.get().enabled();
    } catch (IllegalArgumentException e) {
      // Asked while the tool list is built: a bad value must not stop the server. The start-up
      // check logs it, and compare_costs refuses with the same message when called.
      return false;
    }
  }

  /**
   * Loads the slower services in the background once the client has had time to list the tools, so
   * that the warm-up does not compete with start-up for the CPU; a call that comes first loads what
   * it needs itself.
   */
  public void warmUpInBackground() {
    // A plain daemon thread: starting the virtual-thread scheduler would cost start-up time.
    Thread.ofPlatform()
        .daemon()
        .name("warm-up")
        .start(
            () -> {
              try {
                Thread.sleep(WARM_UP_DELAY);
                settingsProblems()
                    .forEach(
                        problem ->
                            org.slf4j.LoggerFactory.getLogger(Services.class)
                                .warn("setting not usable: {}", problem));
                priceTable();
                knowledge();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (RuntimeException e) {
                // The first call that needs the service will fail with its own correlation id.
                org.slf4j.LoggerFactory.getLogger(Services.class).warn("warm-up failed", e);
              }
            });
  }

  /**
   * What is wrong with the LMI_ADVISOR_* settings, one message per setting group that cannot be
   * read (naming the variable and what it accepts); empty when all are usable. The services read
   * their settings on first use, so without this check a bad value would only surface at the first
   * call of a tool that needs it; the warm-up logs these at start instead.
   */
  public java.util.List<String> settingsProblems() {
    java.util.List<String> problems = new java.util.ArrayList<>();
    // The live settings take the sandbox's credentials, so they are read only when those can be.
    readable(() -> SandboxSettings.fromEnvironment(environment()), problems)
        .ifPresent(
            sandbox ->
                readable(() -> LiveSettings.fromEnvironment(environment(), sandbox), problems));
    readable(() -> LivePriceSettings.fromEnvironment(environment()), problems);
    return java.util.List.copyOf(problems);
  }

  /** A group of settings, or empty with its problem added to {@code problems}. */
  private static <T> Optional<T> readable(Supplier<T> read, java.util.List<String> problems) {
    try {
      return Optional.of(read.get());
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
      return Optional.empty();
    }
  }

  private static final java.time.Duration WARM_UP_DELAY = java.time.Duration.ofMillis(1500);

  /**
   * Reads a group of settings. A value the operator set wrongly is not a fault of the product: the
   * caller is told which variable is wrong and what it accepts (the message names no internals), so
   * whoever runs the server can fix it.
   */
  private static <T> T setting(Supplier<T> read) {
    try {
      return read.get();
    } catch (UserInputException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new UserInputException(
          "this server is not configured right: "
              + e.getMessage()
              + ". Whoever runs the server fixes the setting and restarts it.");
    }
  }

  public static <T> Supplier<T> lazily(Supplier<T> factory) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T result = value;
        if (result == null) {
          synchronized (this) {
            result = value;
            if (result == null) {
              result = factory.get();
              value = result;
            }
          }
        }
        return result;
      }
    };
  }
}
