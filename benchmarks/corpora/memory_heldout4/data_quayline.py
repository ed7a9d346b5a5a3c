"""quayline: Java 21 / Spring Boot 3.3 service for marina berth bookings and harbour dues.

Gradle (Kotlin DSL), Postgres 16 + Flyway, Kafka, Testcontainers, JUnit 5, Jib, Helm → Argo CD.
"""
from authoring import sh, commit, note, chat, edit, file, pool, q

PROJECT = "quayline"
ABBR = "ql"
CWD = "~/src/quayline"
J = "src/main/java/com/example/quayline/"
T = "src/test/java/com/example/quayline/"

RECORDS = [
    # ---------------- paraphrase answers + distractors ----------------
    note("ql.p.nplus1", 12,
         "Hibernate fired one SELECT per berth when listing a pontoon (N+1 on Berth.moorings). Added "
         "@EntityGraph(attributePaths = \"moorings\") to PontoonRepository.findWithBerths; 183 statements "
         "down to 2 for the Lagos marina."),
    note("ql.p.nplus1.d", 15,
         "Product wants the dock overview page redesigned so it shows occupancy colours; slow week for "
         "design, pick it up after the dues release."),
    commit("ql.p.skiplocked", 20,
           "Claim berth holds with SELECT ... FOR UPDATE SKIP LOCKED\n\nConcurrent claims from the harbour "
           "office and the kiosk created duplicate reservations for a slot.",
           ["M " + J + "hold/HoldRepository.java", "M " + J + "hold/HoldService.java"]),
    note("ql.p.skiplocked.d", 22,
         "Staff training Thursday: two sessions on the new bookings screen. Remind them the spot map is "
         "read-only and that double bookings go to the harbour master."),
    chat("ql.p.tz", 27,
         "User: invoices for dues show the wrong date when a yacht arrives after 23:00 local. "
         "Assistant: ArrivalEvent stores a LocalDateTime and the invoice converts it with the JVM default "
         "zone, which is UTC in the container. Persist an OffsetDateTime (timestamptz) and format with "
         "ZoneId.of(\"Europe/Lisbon\") when rendering; add a test at 23:30 WEST."),
    note("ql.p.tz.d", 29,
         "Harbour fees for boats that stay a calendar month get the 10% monthly rate from the next "
         "invoice run; finance confirmed the wording on the PDF."),
    edit("ql.p.leak", 33, "src/main/resources/application.yml",
         "spring.datasource.hikari.leak-detection-threshold: 20s, added after the pool hit exhaustion "
         "twice during the dues batch; stack traces now show who held the connection."),
    note("ql.p.leak.d", 34,
         "Database handles for the reporting replica are given to the BI team read-only; they must never "
         "get write grants. Turn that request down politely."),
    note("ql.p.rebalance", 40,
         "Consumer group dues-events kept rebalancing every few minutes: max.poll.interval.ms (5 min) was "
         "exceeded because the listener rendered the PDF inline. Moved rendering onto an async executor and "
         "acknowledged first; no rebalances since Tuesday."),
    note("ql.p.rebalance.d", 41,
         "Message readers on the marina kiosk keep their work offline when the wifi drops and replay it "
         "later; that is the kiosk team's code, not ours."),
    commit("ql.p.heap", 46,
           "Cap JVM heap at 70% of container memory\n\nPods were OOMKilled under the nightly dues batch; "
           "the default MaxRAMPercentage of 25 left too little heap.",
           ["M helm/quayline/values.yaml", "M build.gradle.kts"]),
    note("ql.p.heap.d", 47,
         "Cluster upgrade: the service gets a new node pool on Thursday; running pods will be drained, "
         "nothing to change on our side."),
    note("ql.p.flyway", 52,
         "Don't modify applied migrations: the V14 file was reformatted by the IDE, validation failed with "
         "a checksum mismatch in every environment, and we had to run repair on pre-prod."),
    note("ql.p.flyway.d", 53,
         "Startup on staging takes ~40 s because of the old schema script for the reporting views; "
         "someone should move it to a lazy job."),

    # ---------------- command_fact answers + distractors ----------------
    sh("ql.c.pgport", 1,
       "docker run -d --name quay-pg -p 55432:5432 -e POSTGRES_PASSWORD=devpass postgres:16.3",
       "4b1f0c9e2a7d"),
    sh("ql.c.pgport.d", 1, "docker run -d --name quay-kafka -p 9092:9092 apache/kafka:3.7.0",
       "c2e81f4a90b3"),
    sh("ql.c.failtest", 16,
       "./gradlew test --tests '*DuesCalculatorTest*'",
       "DuesCalculatorTest > monthlyRateAppliesAfterThirtyNights() PASSED\n"
       "DuesCalculatorTest > leapYearStayCrossesFebruary() FAILED\n"
       "    org.opentest4j.AssertionFailedError: expected: <412.50> but was: <398.75>\n"
       "48 tests completed, 1 failed\nBUILD FAILED in 21s", code=1),
    sh("ql.c.failtest.d", 16, "./gradlew test",
       "BUILD SUCCESSFUL in 1m 52s\n9 actionable tasks: 4 executed, 5 up-to-date"),
    sh("ql.c.jackson", 24,
       "./gradlew dependencyInsight --dependency jackson-databind --configuration runtimeClasspath",
       "com.fasterxml.jackson.core:jackson-databind:2.17.1\n   Selection reasons:\n      - By constraint\n"
       "      - By conflict resolution: between versions 2.17.1 and 2.15.4"),
    edit("ql.c.jackson.d", 23, "build.gradle.kts",
         "implementation(platform(\"com.fasterxml.jackson:jackson-bom:2.17.0\")) so the JSON modules line up."),
    sh("ql.c.undo", 37,
       "kubectl -n quayline rollout undo deployment/quayline-api --to-revision=41",
       "deployment.apps/quayline-api rolled back"),
    sh("ql.c.undo.d", 37, "kubectl -n quayline rollout history deployment/quayline-api",
       "REVISION  CHANGE-CAUSE\n42        image 1.18.0\n43        image 1.18.1\n44        image 1.19.0"),
    sh("ql.c.lag", 39,
       "kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group dues-events",
       "GROUP        TOPIC        PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG\n"
       "dues-events  dues.v1      0          902114          920348          18234\n"
       "dues-events  dues.v1      1          887700          887702          2"),
    sh("ql.c.lag.d", 39, "kafka-topics.sh --bootstrap-server localhost:9092 --describe --topic dues.v1",
       "Topic: dues.v1\tPartitionCount: 2\tReplicationFactor: 3\tConfigs: retention.ms=604800000"),
    commit("ql.c.boot", 43, "Bump Spring Boot to 3.3.2\n\nPicks up the Tomcat CVE fix.",
           ["M build.gradle.kts", "M gradle/libs.versions.toml"]),
    note("ql.c.boot.d", 42,
         "Spring Boot upgrade: stay on the 3.3 line until Argo is settled; 3.4 milestone looks fine but "
         "not for prod yet."),
    sh("ql.c.k6", 49,
       "k6 run --vus 120 --duration 15m load/berth-search.js",
       "     http_req_duration..............: avg=188ms p(95)=412ms\n     http_reqs......................: 96302"),
    sh("ql.c.k6.d", 48, "k6 run --vus 10 --duration 30s load/berth-search.js",
       "     http_req_duration..............: avg=61ms p(95)=97ms"),

    # ---------------- knowledge_update chains ----------------
    note("ql.u.pdf.1", 8, "Invoice PDFs for harbour dues are rendered with iText 8 (html2pdf add-on)."),
    commit("ql.u.pdf.2", 29,
           "Replace iText with OpenPDF for dues invoice PDFs\n\nAGPL licensing made legal nervous; "
           "OpenPDF (LGPL/MPL) renders the same templates.",
           ["M build.gradle.kts", "M " + J + "invoice/InvoicePdfRenderer.java"]),
    note("ql.u.pool.1", 5, "Hikari maximum pool size stays at the default 10 per pod for now."),
    commit("ql.u.pool.2", 22, "Raise Hikari maximum pool size to 30\n\nDues batch was queueing for connections.",
           ["M src/main/resources/application.yml"]),
    note("ql.u.pool.3", 44,
         "Hikari maximum pool size back down to 20: 30 x 4 pods exhausted Postgres max_connections=100 "
         "during the rollout."),
    note("ql.u.hold.1", 10, "Berth holds expire after 20 minutes if the skipper doesn't pay."),
    note("ql.u.hold.2", 35,
         "Berth holds now expire after 12 minutes; 20 blocked too many slots on summer weekends."),
    note("ql.u.deploy.1", 6, "Prod deploys: CI runs helm upgrade --install with the new image tag."),
    commit("ql.u.deploy.2", 38,
           "Move prod deploys to Argo CD\n\nCI no longer runs helm upgrade; it only bumps the image tag in "
           "quayline-gitops and Argo syncs.",
           ["M .gitlab-ci.yml", "D deploy/helm-upgrade.sh"]),
    edit("ql.u.jdk.1", 2, "build.gradle.kts",
         "java { toolchain { languageVersion = JavaLanguageVersion.of(17) } }"),
    commit("ql.u.jdk.2", 24,
           "Move toolchain to Java 21 and enable virtual threads\n\nspring.threads.virtual.enabled=true",
           ["M build.gradle.kts", "M src/main/resources/application.yml", "M Dockerfile"]),
    commit("ql.u.itdb.1", 3, "Integration tests on H2 in PostgreSQL mode",
           ["M build.gradle.kts", "A src/test/resources/application-test.yml"]),
    note("ql.u.itdb.2", 17,
         "We no longer use H2 for integration tests: they run on Testcontainers postgres:16, because H2 "
         "didn't support SKIP LOCKED or our partial indexes."),

    # ---------------- first_attempt chains ----------------
    commit("ql.f.idem.1", 14,
           "Ignore duplicate payment webhooks via unique constraint on provider_event_id",
           ["A src/main/resources/db/migration/V9__payment_event_unique.sql"]),
    note("ql.f.idem.2", 26,
         "Unique constraint on payment callbacks made the provider retry forever on the 500; switching to a "
         "Redis SETNX guard for duplicate events."),
    commit("ql.f.idem.3", 41,
           "Idempotency table with 72h TTL for payment webhooks\n\nReplaces the Redis guard; survives "
           "Redis restarts.",
           ["A src/main/resources/db/migration/V19__idempotency_keys.sql", "M " + J + "payment/WebhookController.java"]),
    commit("ql.f.search.1", 9,
           "Berth search: JPA Specification with ILIKE on berth and boat names",
           ["A " + J + "berth/BerthSpecifications.java"]),
    commit("ql.f.search.2", 31,
           "Berth search on a tsvector column with a GIN index\n\nFull-text search replaces the ILIKE spec.",
           ["A src/main/resources/db/migration/V16__berth_search_tsv.sql", "M " + J + "berth/BerthSearchService.java"]),
    note("ql.f.docs.1", 4, "API docs: hand-written openapi.yaml in docs/, published with Redoc."),
    note("ql.f.docs.2", 21,
         "API docs are generated from the controllers by springdoc now; deleted the hand-maintained "
         "docs/openapi.yaml."),
    note("ql.f.auth.1", 7,
         "Harbour office staff sign in with HTTP basic against a users table for the pilot."),
    commit("ql.f.auth.2", 28,
           "Staff login through Keycloak (OIDC, realm marina)",
           ["M " + J + "config/SecurityConfig.java", "M src/main/resources/application.yml"]),
    commit("ql.f.batch.1", 11,
           "Nightly dues run as @Scheduled(cron = \"0 30 2 * * *\") in the API",
           ["A " + J + "dues/NightlyDuesJob.java"]),
    commit("ql.f.batch.2", 25,
           "Add ShedLock so only one pod runs the nightly dues job",
           ["M " + J + "dues/NightlyDuesJob.java", "A src/main/resources/db/migration/V13__shedlock.sql"]),
    note("ql.f.batch.3", 47,
         "Nightly dues now a Kubernetes CronJob running the jar with --spring.main.web-application-type=none; "
         "the @Scheduled job and ShedLock are gone."),
    note("ql.f.map.1", 6, "DTOs converted with hand-written static mappers (BerthMapper.toDto etc.)."),
    commit("ql.f.map.2", 30, "Replace hand-written mappers with MapStruct",
           ["M build.gradle.kts", "A " + J + "berth/BerthMapper.java"]),

    # ---------------- fillers ----------------
    commit(None, (0, 3), "Initial Spring Boot skeleton (web, data-jpa, flyway, actuator)",
           ["A build.gradle.kts", "A settings.gradle.kts", "A " + J + "QuaylineApplication.java"]),
    commit(None, (2, 12), "Berth and Pontoon entities with V1-V4 migrations",
           ["A " + J + "berth/Berth.java", "A " + J + "berth/Pontoon.java", "A src/main/resources/db/migration/V2__berths.sql"]),
    commit(None, (8, 20), "Dues calculator: nightly rate, monthly rate after 30 nights",
           ["A " + J + "dues/DuesCalculator.java", "A " + T + "dues/DuesCalculatorTest.java"]),
    commit(None, (18, 34), "Kafka producer for dues.v1 events (key = berthId)",
           ["A " + J + "dues/DuesEventPublisher.java", "M src/main/resources/application.yml"]),
    commit(None, (30, 45), "Actuator: expose prometheus and health groups liveness/readiness",
           ["M src/main/resources/application.yml"]),
    commit(None, (40, 58), "Pontoon occupancy endpoint for the office dashboard",
           ["A " + J + "berth/OccupancyController.java", "A " + T + "berth/OccupancyControllerTest.java"]),
    commit(None, (50, 60), "Fix flaky WebhookControllerTest clock (use fixed Clock bean)",
           ["M " + T + "payment/WebhookControllerTest.java"]),
    chat(None, (10, 30),
         "User: how do I make a Spring Data repository return a projection with only berth code and length? "
         "Assistant: declare an interface BerthSummary { String getCode(); BigDecimal getLengthM(); } and "
         "return List<BerthSummary> from a derived query; Spring builds the proxy."),
    chat(None, (30, 55),
         "User: Gradle says 'Could not resolve all files for configuration :compileClasspath' on the CI runner. "
         "Assistant: the runner can't reach the internal Maven mirror; check the proxy settings in "
         "gradle.properties and that the mirror credentials env vars are set in the job.", source="cursor"),
    note(None, (5, 25), "Marina office wants berth codes like P3-14 (pontoon-berth); keep the old numeric id internally."),
    note(None, (35, 58), "Summer season starts day 1 of June; expect 3x traffic on the booking endpoints."),
    edit(None, (15, 40), J + "berth/BerthController.java", "Return 409 with problem+json when the berth is already held.",
         source="cursor"),
    edit(None, (40, 60), "helm/quayline/values.yaml", "readinessProbe path /actuator/health/readiness, initialDelaySeconds 20."),
    file(None, (20, 40), "src/main/resources/application.yml",
         "spring:\n  jpa:\n    open-in-view: false\n  kafka:\n    bootstrap-servers: ${KAFKA_BOOTSTRAP:localhost:9092}\n"
         "management:\n  endpoints.web.exposure.include: health,prometheus"),
]

POOL = [
    pool("./gradlew build", "BUILD SUCCESSFUL in 2m 7s\n14 actionable tasks: 9 executed, 5 up-to-date", w=4),
    pool("./gradlew test", "BUILD SUCCESSFUL in 1m 31s", w=4),
    pool("./gradlew bootRun --args='--spring.profiles.active=dev'", "Started QuaylineApplication in 6.214 seconds", w=3),
    pool("./gradlew spotlessApply", "BUILD SUCCESSFUL in 4s", w=2),
    pool("./gradlew test --tests '*HoldServiceTest*'",
         "HoldServiceTest > expiredHoldIsReleased() FAILED\n    java.lang.IllegalStateException at HoldService.java:88\n"
         "BUILD FAILED in 19s", code=1, days=(10, 19)),
    pool("./gradlew flywayInfo", "| Versioned | 12 | berth search | Success |", w=1, days=(20, 60)),
    pool("git status -sb", "## main...origin/main", w=4),
    pool("git pull --rebase", "Successfully rebased and updated refs/heads/main.", w=3),
    pool("git log --oneline -5", w=2),
    pool("docker compose up -d", "[+] Running 3/3\n ✔ Container quay-pg  Started\n ✔ Container quay-kafka  Started", w=2),
    pool("docker compose logs -f --tail=50 kafka", w=1),
    pool("psql -h localhost -p 55432 -U postgres quayline -c 'select count(*) from berth'", " count \n-------\n   214", w=1, days=(3, 60)),
    pool("curl -s localhost:8081/actuator/health | jq .status", "\"UP\"", w=2, days=(0, 60)),
    pool("http POST :8081/api/holds berthCode=P3-14 nights:=2", "HTTP/1.1 201 Created", w=2, days=(12, 60)),
    pool("kubectl -n quayline get pods", "quayline-api-7c9f6d8b5-2kqzp   1/1   Running   0   3h", w=2, days=(6, 60)),
    pool("kubectl -n quayline logs deploy/quayline-api --since=15m | grep -i error", w=2, days=(6, 60)),
    pool("helm upgrade --install quayline helm/quayline -n quayline --set image.tag=$(git rev-parse --short HEAD)",
         "Release \"quayline\" has been upgraded. Happy Helming!", w=1, days=(6, 37)),
    pool("argocd app sync quayline-prod", "Operation: Sync  Phase: Succeeded", w=1, days=(38, 60)),
    pool("./gradlew jib --image=registry.example.com/quayline/api", "Built and pushed image as registry.example.com/quayline/api", w=2),
    pool("java -version", "openjdk version \"17.0.11\" 2024-04-16", w=1, days=(0, 23)),
    pool("sdk use java 21.0.3-tem", "Using java version 21.0.3-tem in this shell.", w=1, days=(24, 60)),
    pool("rg -n 'FOR UPDATE' src/main", w=1),
    pool("idea .", w=1),
]

QUESTIONS = [
    # paraphrase (7)
    q("paraphrase", "Why was the dock overview page so slow, and what fixed it?", ["ql.p.nplus1"],
      note="The N+1 on Berth.moorings was fixed with an @EntityGraph (183 statements down to 2).",
      distractors=["ql.p.nplus1.d"]),
    q("paraphrase", "How did we stop double bookings when two staff grab the same spot simultaneously?",
      ["ql.p.skiplocked"], note="Holds are claimed with FOR UPDATE SKIP LOCKED after duplicate reservations.",
      distractors=["ql.p.skiplocked.d"]),
    q("paraphrase", "What was behind harbour fees landing on the next calendar day for boats that came in at night?",
      ["ql.p.tz"], note="LocalDateTime converted with the container's UTC default zone; fix is OffsetDateTime + Europe/Lisbon.",
      distractors=["ql.p.tz.d"]),
    q("paraphrase", "What did we turn on to catch database handles that never get given back?",
      ["ql.p.leak"], note="Hikari leak-detection-threshold (20s) reports connections held too long.",
      distractors=["ql.p.leak.d"]),
    q("paraphrase", "Why did the message readers keep reshuffling their work, and how was it calmed down?",
      ["ql.p.rebalance"], note="Consumer group rebalanced because inline PDF rendering exceeded max.poll.interval.ms.",
      distractors=["ql.p.rebalance.d"]),
    q("paraphrase", "What did we change after the service kept getting killed in the cluster for running out of RAM?",
      ["ql.p.heap"], note="OOMKilled pods -> JVM heap capped at 70% of container memory.",
      distractors=["ql.p.heap.d"]),
    q("paraphrase", "Remind me why startup blew up on staging after someone touched an old schema script?",
      ["ql.p.flyway"], note="Editing applied V14 caused a Flyway checksum mismatch; repair was run.",
      distractors=["ql.p.flyway.d"]),
    # command_fact (7)
    q("command_fact", "Which host port did I expose the local Postgres container on?", ["ql.c.pgport"],
      note="docker run -p 55432:5432.", distractors=["ql.c.pgport.d"], keys=["55432:5432"]),
    q("command_fact", "Which test case in the fee calculator suite went red that afternoon?", ["ql.c.failtest"],
      note="Only the gradle output names the failing case.", distractors=["ql.c.failtest.d"],
      keys=["leapYearStayCrossesFebruary"]),
    q("command_fact", "What Jackson databind version actually got resolved at runtime?", ["ql.c.jackson"],
      note="dependencyInsight resolved 2.17.1; the BOM edit says 2.17.0.", distractors=["ql.c.jackson.d"],
      keys=["jackson-databind:2.17.1"]),
    q("command_fact", "When the API went bad, which revision did I put it back to?", ["ql.c.undo"],
      note="kubectl rollout undo --to-revision=41.", distractors=["ql.c.undo.d"], keys=["--to-revision=41"]),
    q("command_fact", "How far behind was the dues consumer on partition 0 when I looked?", ["ql.c.lag"],
      note="Lag column of kafka-consumer-groups --describe.", distractors=["ql.c.lag.d"], keys=["18234"]),
    q("command_fact", "Which Spring Boot patch release are we running?", ["ql.c.boot"], project=None,
      note="Only the bump commit names 3.3.2.", distractors=["ql.c.boot.d"], keys=["3.3.2"]),
    q("command_fact", "How many virtual users did the big berth search load test use?", ["ql.c.k6"],
      note="k6 run --vus 120 for 15m; a 10-VU smoke run is the distractor.", distractors=["ql.c.k6.d"],
      keys=["--vus 120"]),
    # knowledge_update (6)
    q("knowledge_update", "Which library produces the dues invoice PDFs now?", ["ql.u.pdf.2"], ["ql.u.pdf.1"],
      note="iText replaced by OpenPDF on day 29."),
    q("knowledge_update", "What's the max number of DB connections each pod opens these days?", ["ql.u.pool.3"],
      ["ql.u.pool.1", "ql.u.pool.2"], note="10 -> 30 -> 20."),
    q("knowledge_update", "How long is an unpaid berth hold kept before it lapses?", ["ql.u.hold.2"], ["ql.u.hold.1"],
      note="20 minutes -> 12 minutes."),
    q("knowledge_update", "How does a new build of the quayline API reach production at the moment?", ["ql.u.deploy.2"],
      ["ql.u.deploy.1"], project=None, note="helm upgrade from CI was dropped for Argo CD on day 38."),
    q("knowledge_update", "Which JDK does quayline compile against?", ["ql.u.jdk.2"], ["ql.u.jdk.1"],
      note="Toolchain 17 in the day-2 edit; Java 21 from day 24."),
    q("knowledge_update", "What database do the integration tests talk to?", ["ql.u.itdb.2"], ["ql.u.itdb.1"],
      note="H2 dropped for Testcontainers Postgres."),
    # first_attempt (6)
    q("first_attempt", "What was our original approach to ignoring repeated payment callbacks?", ["ql.f.idem.1"],
      ["ql.f.idem.2", "ql.f.idem.3"], note="Unique constraint first, then Redis SETNX, then an idempotency table."),
    q("first_attempt", "Before full-text search, how did the berth lookup match names?", ["ql.f.search.1"],
      ["ql.f.search.2"], note="JPA Specification with ILIKE before the tsvector column."),
    q("first_attempt", "How were the API docs produced at the start?", ["ql.f.docs.1"], ["ql.f.docs.2"],
      note="Hand-written openapi.yaml + Redoc, later springdoc."),
    q("first_attempt", "What did harbour staff log in with initially?", ["ql.f.auth.1"], ["ql.f.auth.2"],
      note="HTTP basic for the pilot, then Keycloak OIDC."),
    q("first_attempt", "How did the nightly dues run get kicked off to begin with?", ["ql.f.batch.1"],
      ["ql.f.batch.2", "ql.f.batch.3"], project=None,
      note="@Scheduled cron in the API; ShedLock added later; then a k8s CronJob."),
    q("first_attempt", "What did we do for DTO conversion before MapStruct came in?", ["ql.f.map.1"], ["ql.f.map.2"],
      note="Hand-written static mappers."),
]
