"""anvilrun: .NET 8 / ASP.NET Core + Blazor Server, EF Core + SQL Server, Hangfire, xUnit,
Azure App Service (Bicep, az CLI), Twilio.  Domain: farrier (horse-shoeing) visit rounds and
invoicing for livery yards."""
from authoring import sh, commit, note, chat, edit, file, pool, q

PROJECT = "anvilrun"
ABBR = "ar"
CWD = "~/src/anvilrun"

RECORDS = [
    # ---------------- paraphrase answers + distractors
    note("ar.p1.a", 34, "Duplicate SMS root cause: Hangfire retried ReminderJob after a Twilio HTTP timeout, "
         "but the first send had actually gone through. ReminderJob now stores the MessageSid on the Visit "
         "row and returns early when one is already there."),
    note("ar.p1.d", 21, "Horse owners keep asking to get appointment texts in Welsh as well. Parked until "
         "after the spring rush; two yards near Machynlleth asked."),
    commit("ar.p2.a", 18, "Load a route's visits in one query (Include + AsSplitQuery)\n\n"
           "RouteDayViewModel lazy-loaded Animal and Stable per stop; a 14-stop Tuesday issued ~300 SELECTs.",
           ["M src/Anvil.Web/Pages/Routes/Day.razor.cs", "M src/Anvil.Data/VisitQueries.cs"]),
    note("ar.p2.d", 12, "Feedback from the two busy farriers: the day planner should show drive time between "
         "yards, and sluggish 3G at the yards makes them want an offline day view."),
    edit("ar.p3.a", 26, "src/Anvil.Billing/InvoiceCalculator.cs",
         "Line amounts were double. Switched LineItem.Amount and VatAmount to decimal and round with "
         "MidpointRounding.AwayFromZero once at the end, not per line."),
    note("ar.p3.d", 29, "Accountant wants the invoice totals exported as pence sometimes (their import tool "
         "chokes on decimals). Also: penny-rounding on VAT is HMRC-standard, leave it."),
    commit("ar.p4.a", 23, "Add global query filter on TenantId for Stable and Animal\n\n"
           "GET /api/animals returned rows across tenants when the caller had no stableId param.",
           ["M src/Anvil.Data/AnvilDbContext.cs", "A tests/Anvil.Tests/TenantFilterTests.cs"]),
    note("ar.p4.d", 17, "Roles: yard manager can see horses on their yard, book visits and see another "
         "farrier's calendar slots, cannot edit prices or invoices."),
    note("ar.p5.a", 42, "Blazor circuits were piling up: DisconnectedCircuitRetentionPeriod was 3 hours and "
         "every circuit held the full schedule grid in a scoped service. Retention is now 3 minutes and the "
         "grid state is rebuilt on reconnect."),
    note("ar.p5.d", 43, "App Service plan: memory graph for the web app looked fine in the afternoon, CPU "
         "spikes at 06:00 are the reminder batch. Eating into the budget though, review in May."),
    chat("ar.p6.a", 24, "User: appointments created in late March display at 10:00 but were scheduled for 09:00. "
         "Only the ones after the 31st.\n"
         "Assistant: You are storing DateTime with Kind=Unspecified and converting with the server's zone, "
         "which is UTC on App Service. Store DateTimeOffset, and convert with "
         "TimeZoneInfo.FindSystemTimeZoneById(\"Europe/London\") only when rendering."),
    note("ar.p6.d", 20, "Some bookings made after 18:00 land on the next day's invoice run. That is intended: "
         "the clocks for billing cut off at 6pm."),
    commit("ar.p7.a", 38, "Take a distributed lock around InvoiceBatch\n\n"
           "Both App Service instances fired the recurring task at 02:00 after going to two instances. "
           "Uses Hangfire's SQL Server storage lock with a 10 min timeout.",
           ["M src/Anvil.Jobs/InvoiceBatchJob.cs", "M src/Anvil.Web/Program.cs"]),
    note("ar.p7.d", 46, "Nightly jobs to tidy up: stop running the photo cleanup twice, and check the job "
         "retention once we scaled the DB down again."),

    # ---------------- command_fact answers + distractors
    sh("ar.c1.a", 1, 'docker run -e "ACCEPT_EULA=Y" -e "MSSQL_SA_PASSWORD=devpass-Example1" -p 14333:1433 '
       '--name anvil-sql -d mcr.microsoft.com/mssql/server:2022-latest',
       "3f1c0a9be27d51c4e8a0d2f6b1c9e7a4d3b2c1f0e9d8c7b6a5f4e3d2c1b0a9f8"),
    sh("ar.c1.d", 1, "docker run -d --name anvil-azurite -p 10000:10000 mcr.microsoft.com/azure-storage/azurite "
       "azurite-blob --blobHost 0.0.0.0", "b81e77c2a1d04f5e9b3c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a"),
    sh("ar.c2.a", 11, "dotnet ef database update --project src/Anvil.Data --startup-project src/Anvil.Web",
       "Build started...\nBuild succeeded.\nApplying migration '20240312094512_AddFarrierCertExpiry'.\n"
       "Failed executing DbCommand (14ms) [Parameters=[], CommandType='Text', CommandTimeout='30']\n"
       "ALTER TABLE [Farriers] ADD [CertExpiresOn] date NULL;\n"
       "Microsoft.Data.SqlClient.SqlException (0x80131904): Column names in each table must be unique. "
       "Column name 'CertExpiresOn' in table 'Farriers' is specified more than once.", exit=1),
    sh("ar.c2.d", 11, "dotnet ef migrations list --project src/Anvil.Data --startup-project src/Anvil.Web",
       "Build started...\nBuild succeeded.\n20240226101200_Initial\n20240301140033_AddInvoices\n"
       "20240305091540_AddStableTenant"),
    sh("ar.c3.a", 28, "dotnet test --no-restore",
       "Passed!  - Failed:     0, Passed:   214, Skipped:     3, Total:   217, Duration: 38 s - "
       "Anvil.Tests.dll (net8.0)"),
    sh("ar.c3.d", 27, "dotnet test --no-restore --filter Category!=Integration",
       "Failed!  - Failed:     2, Passed:   161, Skipped:     0, Total:   163, Duration: 9 s - "
       "Anvil.Tests.dll (net8.0)", exit=1),
    sh("ar.c4.a", 37, "az appservice plan update --name asp-anvilrun --resource-group rg-anvilrun --sku P1V3",
       '{\n  "name": "asp-anvilrun",\n  "numberOfWorkers": 2,\n  "status": "Ready"\n}'),
    sh("ar.c4.d", 36, "az appservice plan show --name asp-anvilrun --resource-group rg-anvilrun "
       "--query \"{workers:numberOfWorkers, status:status}\" -o tsv", "1\tReady"),
    sh("ar.c5.a", 0, "dotnet --version", "8.0.303"),
    sh("ar.c5.d", 0, "dotnet --list-runtimes",
       "Microsoft.AspNetCore.App 8.0.7 [/usr/share/dotnet/shared/Microsoft.AspNetCore.App]\n"
       "Microsoft.NETCore.App 8.0.7 [/usr/share/dotnet/shared/Microsoft.NETCore.App]"),
    commit("ar.c6.a", 32, "Bump Twilio SDK to 7.2.0\n\nRequestValidator in 7.1.x rejected webhook callbacks "
           "whose URL had a query string.",
           ["M src/Anvil.Sms/Anvil.Sms.csproj", "M src/Anvil.Sms/StatusCallbackController.cs"]),
    commit("ar.c6.d", 14, "Add Twilio status callback controller\n\nMarks reminders delivered/undelivered.",
           ["A src/Anvil.Sms/StatusCallbackController.cs", "M src/Anvil.Web/Program.cs"]),
    sh("ar.c7.a", 41, "bombardier -c 50 -d 30s "
       "\"https://anvilrun-staging.example.com/api/visits?date=2024-04-02\"",
       "Statistics        Avg      Stdev        Max\n  Reqs/sec       412.37      88.10     703.55\n"
       "  Latency      121.04ms    40.22ms   802.16ms\n  HTTP codes:\n    1xx - 0, 2xx - 12371, 3xx - 0, "
       "4xx - 0, 5xx - 0"),
    sh("ar.c7.d", 41, "bombardier -c 50 -d 10s https://anvilrun-staging.example.com/health",
       "Statistics        Avg      Stdev        Max\n  Reqs/sec      2981.64     310.47    3402.11\n"
       "  Latency       16.71ms     5.02ms   122.90ms"),

    # ---------------- knowledge_update chains
    commit("ar.k1.o1", 5, "Send SMS visit reminders 24 hours before the visit from the 06:00 batch",
           ["A src/Anvil.Jobs/ReminderJob.cs", "M src/Anvil.Web/appsettings.json"]),
    note("ar.k1.n", 29, "Visit reminders now go out 48 hours ahead. Farriers said 24 hours was too late for "
         "owners to bring horses in from the field."),
    note("ar.k2.o1", 8, "Azure SQL: Basic tier (5 DTU) is enough for the database while we have three yards."),
    note("ar.k2.o2", 33, "Moved the Azure SQL database to General Purpose serverless, 2 vCores max, "
         "auto-pause after 1 hour."),
    commit("ar.k2.n", 51, "Bicep: Azure SQL database back to provisioned S2\n\nAuto-pause made the 06:00 "
           "reminder batch time out while the database resumed.",
           ["M infra/main.bicep", "M infra/sql.bicep"]),
    commit("ar.k3.o1", 10, "Render invoice PDFs with DinkToPdf (wkhtmltopdf)",
           ["A src/Anvil.Billing/PdfRenderer.cs", "M src/Anvil.Billing/Anvil.Billing.csproj"]),
    note("ar.k3.n", 36, "Invoice PDFs are rendered with QuestPDF now instead of DinkToPdf: the wkhtmltopdf "
         "native lib is missing on App Service Linux, QuestPDF is pure .NET."),
    note("ar.k4.o1", 12, "Late cancellation (under 24h before the visit): owner is charged 50% of the visit fee."),
    note("ar.k4.n", 40, "Late cancellation (under 24h): owner is now charged the full visit fee, per the "
         "farriers' association guidance. Waived for vet emergencies."),
    note("ar.k5.o1", 3, "Back-office admin sign-in: ASP.NET Core Identity with local accounts and "
         "cookie auth. Good enough for two admins."),
    commit("ar.k5.n", 27, "Switch admin sign-in to Entra ID (Microsoft.Identity.Web)\n\nDrops the local "
           "Identity accounts; admins use their work accounts.",
           ["M src/Anvil.Web/Program.cs", "D src/Anvil.Web/Areas/Identity/IdentityHostingStartup.cs"]),
    edit("ar.k6.o1", 15, "src/Anvil.Scheduling/RoutePlanner.cs", "const int MaxStopsPerDay = 12;"),
    note("ar.k6.o2", 31, "Stop cap is now 8 per farrier per day; 12 made the routes impossible once travel "
         "is counted."),
    commit("ar.k6.n", 49, "Raise MaxStopsPerDay to 10 when the farrier has a van helper\n\n"
           "HasAssistant flag on Farrier; others stay at 8.",
           ["M src/Anvil.Scheduling/RoutePlanner.cs", "M src/Anvil.Data/Entities/Farrier.cs"]),

    # ---------------- first_attempt chains
    commit("ar.f1.a", 4, "Order stops by nearest neighbour on straight-line distance",
           ["A src/Anvil.Scheduling/RoutePlanner.cs"]),
    commit("ar.f1.l1", 22, "Order stops with OSRM table API road distances",
           ["M src/Anvil.Scheduling/RoutePlanner.cs", "A src/Anvil.Scheduling/OsrmClient.cs"]),
    note("ar.f1.l2", 47, "Stop order now comes from the Google OR-Tools VRP solver with time windows "
         "(owners' 'not before 10' requests)."),
    note("ar.f2.a", 6, "Owners pay invoices by bank transfer: the PDF shows sort code, account number and "
         "the invoice number as reference."),
    note("ar.f2.l1", 30, "Regular clients now pay by GoCardless Direct Debit mandate; one-off owners can "
         "still transfer."),
    commit("ar.f3.a", 2, "Nightly invoice batch as an IHostedService with PeriodicTimer",
           ["A src/Anvil.Web/Background/InvoiceBatchService.cs", "M src/Anvil.Web/Program.cs"]),
    commit("ar.f3.l1", 19, "Move recurring work to Hangfire with SQL Server storage\n\nInvoiceBatch and "
           "ReminderJob become recurring jobs; dashboard at /ops/jobs.",
           ["D src/Anvil.Web/Background/InvoiceBatchService.cs", "A src/Anvil.Jobs/InvoiceBatchJob.cs"]),
    note("ar.f4.a", 0, "Back office: Razor Pages for now, keep it boring. One page per yard list."),
    note("ar.f4.l1", 16, "Back office moves to Blazor Server, starting with the schedule grid component."),
    commit("ar.f5.a", 7, "Integration tests use the EF Core InMemory provider",
           ["A tests/Anvil.Tests/TestDb.cs"]),
    commit("ar.f5.l1", 25, "Run integration tests against SQL Server in Testcontainers\n\nInMemory hid the "
           "unique index on (StableId, Name).",
           ["M tests/Anvil.Tests/TestDb.cs", "M tests/Anvil.Tests/Anvil.Tests.csproj"]),
    commit("ar.f6.a", 9, "Geocode yard postcodes with postcodes.io (free, UK only, no key)",
           ["A src/Anvil.Scheduling/Geocoder.cs"]),
    commit("ar.f6.l1", 39, "Switch yard geocoding to Azure Maps search\n\npostcodes.io had no lat/lon for "
           "new-build yards.", ["M src/Anvil.Scheduling/Geocoder.cs", "M infra/main.bicep"]),

    # ---------------- fillers
    commit("ar.x1", (3, 12), "Add Stable and Animal entities", ["A src/Anvil.Data/Entities/Stable.cs",
           "A src/Anvil.Data/Entities/Animal.cs", "M src/Anvil.Data/AnvilDbContext.cs"]),
    commit("ar.x2", (13, 30), "Show shoe type and last trim date on the horse card",
           ["M src/Anvil.Web/Components/HorseCard.razor"]),
    commit("ar.x3", (20, 45), "Fix CI cache key for NuGet packages",
           ["M .github/workflows/ci.yml"]),
    commit("ar.x4", (30, 58), "Owner portal: list upcoming visits per horse",
           ["A src/Anvil.Web/Pages/Owner/Visits.razor"]),
    commit("ar.x5", (44, 60), "Tidy appsettings: move Twilio sender id to Key Vault reference",
           ["M src/Anvil.Web/appsettings.json", "M infra/main.bicep"]),
    chat("ar.x6", (5, 25), "User: how do I make EF Core log the SQL it runs in dev only?\n"
         "Assistant: Call optionsBuilder.LogTo(Console.WriteLine, LogLevel.Information) inside an "
         "if (env.IsDevelopment()) block, and add EnableSensitiveDataLogging() only there."),
    chat("ar.x7", (30, 55), "User: Blazor grid re-renders every row when one cell changes\n"
         "Assistant: Give each row a @key and make the row a component that overrides ShouldRender.",
         source="cursor", files=["src/Anvil.Web/Components/ScheduleGrid.razor"]),
    note("ar.x8", (10, 40), "Ask Gwen about hot-shoeing surcharge: per horse or per visit?"),
    note("ar.x9", (35, 60), "Winter rounds: yards off the B4518 are unreachable after snow; let farriers "
         "mark a visit 'weather' without a cancellation fee."),
    edit("ar.x10", (8, 30), "src/Anvil.Web/Components/HorseCard.razor", "Added hoof-angle notes field."),
    edit("ar.x11", (30, 60), ".editorconfig", "dotnet_diagnostic.CA2007.severity = none"),
    file("ar.x12", (20, 50), "src/Anvil.Web/Program.cs",
         "builder.Services.AddRazorComponents().AddInteractiveServerComponents();\n"
         "builder.Services.AddDbContextPool<AnvilDbContext>(o => o.UseSqlServer(cs));"),
]

POOL = [
    pool("git status -sb", "## main...origin/main", w=3),
    pool("git pull --rebase", "Already up to date.", w=2),
    pool("dotnet build", "  Anvil.Data -> src/Anvil.Data/bin/Debug/net8.0/Anvil.Data.dll\n"
         "  Anvil.Web -> src/Anvil.Web/bin/Debug/net8.0/Anvil.Web.dll\n\nBuild succeeded.\n    0 Warning(s)\n"
         "    0 Error(s)", w=3),
    pool("dotnet build", "src/Anvil.Web/Pages/Routes/Day.razor.cs(41,17): error CS0246: The type or namespace "
         "name 'VisitDto' could not be found\n\nBuild FAILED.", exit=1, w=1),
    pool("dotnet watch --project src/Anvil.Web", "dotnet watch 🔥 Hot reload enabled.\n"
         "info: Microsoft.Hosting.Lifetime[14]\n      Now listening on: https://localhost:7182", w=3),
    pool("dotnet test --filter Category!=Integration", "Passed!  - Failed:     0, Passed:   120, "
         "Skipped:     0, Total:   120, Duration: 6 s - Anvil.Tests.dll (net8.0)", lo=7, hi=26, w=2),
    pool("dotnet test --filter Category!=Integration", "Passed!  - Failed:     0, Passed:   171, "
         "Skipped:     0, Total:   171, Duration: 8 s - Anvil.Tests.dll (net8.0)", lo=27, hi=60, w=2),
    pool("dotnet ef migrations add AddVisitNotes --project src/Anvil.Data --startup-project src/Anvil.Web",
         "Build started...\nBuild succeeded.\nDone. To undo this action, use 'ef migrations remove'", lo=12, hi=20),
    pool("dotnet format --verify-no-changes", "", w=1),
    pool("dotnet format --verify-no-changes", "src/Anvil.Billing/InvoiceService.cs(88,1): error WHITESPACE: "
         "Fix whitespace formatting.", exit=2, w=1),
    pool("dotnet list package --outdated", "Project `Anvil.Web` has the following updates to its packages\n"
         "   [net8.0]:\n   Top-level Package                      Requested   Resolved   Latest\n"
         "   > Serilog.AspNetCore                   8.0.0       8.0.0      8.0.1", lo=10, hi=60),
    pool("docker start anvil-sql", "anvil-sql", lo=2, hi=60, w=2),
    pool("docker logs --tail 5 anvil-sql", "2024-04-02 07:58:12.31 spid51s  SQL Server is now ready for "
         "client connections.", lo=2, hi=60),
    pool("az login --use-device-code", "To sign in, use a web browser to open the page "
         "https://microsoft.com/devicelogin and enter the code to authenticate.", w=1),
    pool("az webapp log tail --name anvilrun-web --resource-group rg-anvilrun",
         "2024-04-03T06:00:02 [INF] Hangfire: ReminderJob started", lo=20, hi=60),
    pool("az deployment group what-if -g rg-anvilrun -f infra/main.bicep",
         "Resource changes: 1 to modify, 12 no change.", lo=8, hi=60),
    pool("az deployment group create -g rg-anvilrun -f infra/main.bicep -p env=staging",
         "\"provisioningState\": \"Succeeded\"", lo=8, hi=60),
    pool("curl -s https://localhost:7182/health -k", "Healthy", w=2),
    pool("open https://localhost:7182/ops/jobs", "", lo=19, hi=60),
    pool("gh run list --limit 3", "completed  success  Fix CI cache key  ci  main  push  2m51s\n"
         "completed  failure  Owner portal       ci  main  push  3m07s", lo=20, hi=60),
    pool("rg -n \"MaxStopsPerDay\" src", "src/Anvil.Scheduling/RoutePlanner.cs:12:    const int MaxStopsPerDay",
         lo=15, hi=60),
]

QUESTIONS = [
    # paraphrase
    q("paraphrase", PROJECT, "Why did horse owners get two texts for the same appointment?", ["ar.p1.a"],
      distractors=["ar.p1.d"], note="Retried reminder job re-sent the SMS; MessageSid now stored."),
    q("paraphrase", PROJECT, "What was making the day planner so sluggish for the busiest farriers?",
      ["ar.p2.a"], distractors=["ar.p2.d"], note="Per-stop lazy loading issued ~300 queries; fixed with one query."),
    q("paraphrase", PROJECT, "How come bills were sometimes a penny out?", ["ar.p3.a"],
      distractors=["ar.p3.d"], note="double arithmetic + per-line rounding; moved to decimal, round once."),
    q("paraphrase", PROJECT, "Why could a yard manager see horses belonging to a different livery?",
      ["ar.p4.a"], distractors=["ar.p4.d"], note="Missing tenant query filter leaked rows across stables."),
    q("paraphrase", PROJECT, "What was eating memory on the web app by the afternoon?", ["ar.p5.a"],
      distractors=["ar.p5.d"], note="Disconnected Blazor circuits kept for 3 hours with the grid in them."),
    q("paraphrase", PROJECT, "Why were some bookings landing an hour off after the clocks went forward?",
      ["ar.p6.a"], distractors=["ar.p6.d"], note="Unspecified DateTime converted with UTC server zone; use DateTimeOffset + Europe/London."),
    q("paraphrase", PROJECT, "What stopped the nightly jobs from running twice once we scaled out?",
      ["ar.p7.a"], distractors=["ar.p7.d"], note="Distributed lock on InvoiceBatch after moving to two instances."),
    # command_fact
    q("command_fact", PROJECT, "What port on my machine did I expose the local SQL Server container on?",
      ["ar.c1.a"], distractors=["ar.c1.d"], keys=["14333:1433"], note="docker run -p 14333:1433."),
    q("command_fact", PROJECT, "Which migration blew up when I updated the dev database, and what was wrong with it?",
      ["ar.c2.a"], distractors=["ar.c2.d"], keys=["20240312094512_AddFarrierCertExpiry"],
      note="dotnet ef database update output: duplicate CertExpiresOn column."),
    q("command_fact", PROJECT, "How many tests did the suite have when everything finally went green?",
      ["ar.c3.a"], distractors=["ar.c3.d"], keys=["Total:   217"], note="dotnet test summary: 217 total, 214 passed, 3 skipped."),
    q("command_fact", PROJECT, "Which pricing tier did I move the hosting plan up to?", ["ar.c4.a"],
      distractors=["ar.c4.d"], keys=["--sku P1V3"], note="az appservice plan update --sku P1V3."),
    q("command_fact", None, "What exact .NET SDK build did I have installed when I started the farrier app?",
      ["ar.c5.a"], distractors=["ar.c5.d"], keys=["8.0.303"], note="dotnet --version printed 8.0.303 on day 0."),
    q("command_fact", PROJECT, "Which version of the SMS provider's library did we go to after the signature check problem?",
      ["ar.c6.a"], distractors=["ar.c6.d"], keys=["7.2.0"], note="Commit bumping the Twilio SDK to 7.2.0."),
    q("command_fact", PROJECT, "How many requests a second did the visits endpoint handle when I hammered staging?",
      ["ar.c7.a"], distractors=["ar.c7.d"], keys=["412.37"], note="bombardier on /api/visits: 412.37 req/s average."),
    # knowledge_update
    q("knowledge_update", PROJECT, "How long before a visit do owners get their reminder these days?",
      ["ar.k1.n"], outdated=["ar.k1.o1"], note="24h -> 48h."),
    q("knowledge_update", PROJECT, "What tier is the production database on at the moment?", ["ar.k2.n"],
      outdated=["ar.k2.o1", "ar.k2.o2"], note="Basic -> serverless GP -> provisioned S2."),
    q("knowledge_update", PROJECT, "What do we use to produce the invoice PDFs now?", ["ar.k3.n"],
      outdated=["ar.k3.o1"], note="DinkToPdf -> QuestPDF."),
    q("knowledge_update", PROJECT, "How much is an owner charged now if they cancel on the day?", ["ar.k4.n"],
      outdated=["ar.k4.o1"], note="50% -> full visit fee under 24h."),
    q("knowledge_update", PROJECT, "How do admins log into the back office currently?", ["ar.k5.n"],
      outdated=["ar.k5.o1"], note="Local Identity accounts -> Entra ID."),
    q("knowledge_update", None, "What's the current limit on stops per farrier per day in the shoeing scheduler?",
      ["ar.k6.n"], outdated=["ar.k6.o1", "ar.k6.o2"], note="12 -> 8 -> 10 with a helper (8 otherwise)."),
    # first_attempt
    q("first_attempt", PROJECT, "How did we originally work out the order of a farrier's stops?", ["ar.f1.a"],
      outdated=["ar.f1.l1", "ar.f1.l2"], note="Nearest neighbour on straight-line distance, later OSRM then OR-Tools."),
    q("first_attempt", PROJECT, "How did owners settle their bills to begin with?", ["ar.f2.a"],
      outdated=["ar.f2.l1"], note="Bank transfer with invoice number as reference; Direct Debit later."),
    q("first_attempt", PROJECT, "What ran the nightly invoice batch before Hangfire came in?", ["ar.f3.a"],
      outdated=["ar.f3.l1", "ar.p7.a"], note="IHostedService + PeriodicTimer; the Hangfire commits are later."),
    q("first_attempt", PROJECT, "What were the back-office screens built with initially?", ["ar.f4.a"],
      outdated=["ar.f4.l1"], note="Razor Pages, then Blazor Server."),
    q("first_attempt", PROJECT, "Which database did the integration tests start out on?", ["ar.f5.a"],
      outdated=["ar.f5.l1"], note="EF Core InMemory, then SQL Server in Testcontainers."),
    q("first_attempt", None, "Which service did the farrier scheduler first use to turn yard postcodes into coordinates?",
      ["ar.f6.a"], outdated=["ar.f6.l1"], note="postcodes.io, then Azure Maps."),
]
