"""larder-android: Kotlin/Compose pantry tracker (Room, WorkManager, CameraX + ML Kit)."""
from authoring import Project

P = Project("larder-android", "lard", "~/code/larder-android")
PKG = "app/src/main/java/com/example/larder/"

# =====================================================================
# paraphrase
# =====================================================================
P.note("lard.dim", 14,
       "Scanner in dim kitchens: switch the torch on automatically when the ImageAnalysis luminosity average "
       "drops below 40, and use the bundled ML Kit model so decoding also works offline.")
P.note("lard.dim.d", 21,
       "Barcode reader UX: feedback is poor when the room is noisy - add a haptic tick on a successful read "
       "and keep the beep optional.")
P.q("paraphrase", "What did we do so the barcode reader copes when the room lighting is poor?",
    ["lard.dim"], distractors=["lard.dim.d"],
    note="The note turns the torch on in low light and bundles the scanning model - that is the low-light fix.")

P.commit("lard.morning", 22,
         "Schedule expiry reminders as a WorkManager periodic request aligned to 08:00 local time",
         ["A " + PKG + "work/ExpiryWorker.kt", "M " + PKG + "LarderApp.kt"])
P.note("lard.morning.d", 23,
       "Feedback from the morning fridge check: people want a 'use first' shelf in the app so food going off "
       "is on top.")
P.q("paraphrase", "How does the app nudge people in the morning about food going off?",
    ["lard.morning"], distractors=["lard.morning.d"],
    note="The commit schedules the expiry reminder worker daily at 08:00.")

P.chat("lard.death", 29,
       "User: the shopping list draft disappears if I switch to the camera app and come back later.\n"
       "Assistant: That's process death - Android reclaimed the process and the ViewModel went with it. Keep "
       "the draft in SavedStateHandle (or write it to Room on every change) instead of a plain "
       "MutableStateFlow, and test it with 'Don't keep activities'.")
P.note("lard.death.d", 30,
       "Feature request: grocery entries added on one phone should show up on the partner's phone in the "
       "background, without opening anything.")
P.q("paraphrase", "What made unsaved grocery entries evaporate whenever the phone killed us in the background, and what fixed it?",
    ["lard.death"], distractors=["lard.death.d"],
    note="The chat identifies process death and moves the draft into SavedStateHandle.")

P.edit("lard.backup", 36, "app/src/main/res/xml/data_extraction_rules.xml",
       "Exclude larder.db from cloud-backup and device-transfer; restore was resurrecting items people had "
       "deleted.")
P.note("lard.backup.d", 37,
       "Support mail: after setting up a new handset the user had to sign in again - expected, we never move "
       "auth tokens between devices.")
P.q("paraphrase", "Why did stuff the user removed come back after setting up a new handset?",
    ["lard.backup"], distractors=["lard.backup.d"],
    note="Android restore copied the old database; the edit excludes it from backup/transfer.")

P.note("lard.jank", 43,
       "PantryList jank: the row lambda captured an unstable List<Item>, so every row recomposed on each "
       "tick. Switched to ImmutableList + key(item.id) in the LazyColumn; frame time 28 ms -> 9 ms.")
P.note("lard.jank.d", 44,
       "Cupboard screen design review: flicking through 200 things needs a sticky header per shelf and a "
       "quick filter chip row.", cli=True)
P.q("paraphrase", "What made the cupboard screen stutter while flicking through it?",
    ["lard.jank"], distractors=["lard.jank.d"],
    note="The note explains the recomposition jank in the pantry list and its fix.")

P.commit("lard.photos", 50,
         "Cap the Coil disk cache at 50 MB and downscale product photos to 512 px before saving",
         ["M " + PKG + "di/ImageModule.kt", "M " + PKG + "data/PhotoStore.kt"])
P.note("lard.photos.d", 49,
       "Users on small phones say the pictures take too much space on the item page - shrink the header.")
P.q("paraphrase", "How did we stop pictures from eating up the phone's space?",
    ["lard.photos"], distractors=["lard.photos.d"],
    note="The commit limits the image disk cache and downscales stored photos.")

P.chat("lard.alarm", 55,
       "User: the 'use today' alarm we added fires hours late on Android 14 phones.\n"
       "Assistant: Since Android 14 the SCHEDULE_EXACT_ALARM permission is denied by default for newly "
       "installed apps, so AlarmManager quietly delivers inexactly. Check canScheduleExactAlarms(), send "
       "the user to ACTION_REQUEST_SCHEDULE_EXACT_ALARM, or accept an inexact window.", via="cursor",
       files=[PKG + "notify/UseTodayAlarm.kt"])
P.note("lard.alarm.d", 54,
       "Same-day warning copy: 'Use today: milk, spinach'. The newest design puts the warning on the lock "
       "screen.")
P.q("paraphrase", "Why does the same-day warning go off so late on the newest OS version?",
    ["lard.alarm"], distractors=["lard.alarm.d"],
    note="The chat explains the Android 14 exact-alarm permission default that delays the 'use today' alarm.")

# =====================================================================
# command_fact
# =====================================================================
P.sh("lard.vc", 53, "./gradlew :app:bundleRelease -PversionCode=24052001 -PversionName=1.6.0",
     "BUILD SUCCESSFUL in 2m 41s\n68 actionable tasks: 41 executed, 27 up-to-date")
P.sh("lard.vc.d", 46, "./gradlew :app:bundleRelease",
     "BUILD SUCCESSFUL in 2m 55s\n68 actionable tasks: 68 executed")
P.q("command_fact", "What build number did I give the last release bundle?",
    ["lard.vc"], keys=["24052001"], distractors=["lard.vc.d"],
    note="The bundleRelease command passes -PversionCode=24052001.")

P.sh("lard.tag", 26, "adb logcat -s LarderSync:V OkHttp:D *:S")
P.sh("lard.tag.d", 26, "adb logcat -d | grep -i firestore | tail -2",
     "05-21 10:02:11.384  8121  8160 W Firestore: (24.10.3) [WatchStream]: Stream closed with status: "
     "Status{code=UNAVAILABLE, description=Channel shutdownNow invoked}\n"
     "05-21 10:02:11.391  8121  8160 W Firestore: (24.10.3) [OnlineStateTracker]: Could not reach backend")
P.q("command_fact", "Which log tag was I filtering on while chasing the sync problem?",
    ["lard.tag"], keys=["LarderSync"], distractors=["lard.tag.d"],
    note="The logcat filter shows the LarderSync tag.")

P.sh("lard.fire", 24,
     "adb shell am broadcast -a com.example.larder.DEBUG_FIRE_EXPIRY -n com.example.larder/.debug.DebugReceiver",
     "Broadcasting: Intent { act=com.example.larder.DEBUG_FIRE_EXPIRY flg=0x400000 cmp=com.example.larder/.debug.DebugReceiver }\n"
     "Broadcast completed: result=0")
P.sh("lard.fire.d", 24, "adb shell dumpsys notification --noredact | grep -A3 larder",
     "  NotificationRecord(0x0b3e pkg=com.example.larder user=UserHandle{0} id=1001 tag=null importance=3)")
P.q("command_fact", "How did I make the expiry notification fire on demand from the laptop?",
    ["lard.fire"], keys=["DEBUG_FIRE_EXPIRY"], distractors=["lard.fire.d"],
    note="The am broadcast command sends the DEBUG_FIRE_EXPIRY intent to the debug receiver.")

P.sh("lard.okhttp", 32,
     "./gradlew :app:dependencies --configuration releaseRuntimeClasspath | grep okhttp",
     "|    +--- com.squareup.okhttp3:okhttp:4.12.0 -> 5.0.0-alpha.14 (*)\n"
     "+--- com.squareup.okhttp3:logging-interceptor:5.0.0-alpha.14")
P.sh("lard.okhttp.d", 32, "grep -n okhttp gradle/libs.versions.toml",
     "7:okhttp = \"4.12.0\"\n21:okhttp = { module = \"com.squareup.okhttp3:okhttp\", version.ref = \"okhttp\" }")
P.q("command_fact", "Which HTTP client version actually got resolved into the release build?",
    ["lard.okhttp"], keys=["5.0.0-alpha.14"], distractors=["lard.okhttp.d"],
    note="The dependency report shows okhttp 4.12.0 being upgraded to 5.0.0-alpha.14 by resolution.")

P.sh("lard.gpu.d", 19, "emulator -avd Pixel_7_API_34",
     "ERROR   | Failed to initialize backend EGL display\nSegmentation fault (core dumped)", exit=139)
P.sh("lard.gpu", 19, "emulator -avd Pixel_7_API_34 -no-snapshot-load -gpu swiftshader_indirect")
P.q("command_fact", "What graphics mode did I start the emulator with when it kept crashing at boot?",
    ["lard.gpu"], keys=["swiftshader_indirect"], distractors=["lard.gpu.d"],
    project=None,
    note="The successful emulator command uses -gpu swiftshader_indirect after the crash.")

P.commit("lard.minsdk", 38,
         "Raise minSdk 24 -> 26 so java.time works without core library desugaring",
         ["M app/build.gradle.kts", "M gradle/libs.versions.toml"])
P.note("lard.minsdk.d", 37,
       "Android version share among beta testers: 14 on six phones, 13 on three, 12 on one, and one old 8.1 "
       "handset that we still want to support.")
P.q("command_fact", "What's the oldest Android version we support now, and why did we drop the older ones?",
    ["lard.minsdk"], keys=["minSdk 24 -> 26"], distractors=["lard.minsdk.d"],
    note="The commit raises minSdk to 26 (Android 8) to use java.time without desugaring.")

# =====================================================================
# knowledge_update
# =====================================================================
P.note("lard.di.1", 4, "DI: going with Koin - no annotation processing, less ceremony for a one-person app.")
P.commit("lard.di.2", 25,
         "Migrate DI from Koin to Hilt (compile-time graph checks, @HiltWorker for WorkManager)",
         ["M app/build.gradle.kts", "M " + PKG + "LarderApp.kt", "A " + PKG + "di/AppModule.kt",
          "D " + PKG + "di/KoinModules.kt"])
P.q("knowledge_update", "Which dependency injection library does the app use?",
    ["lard.di.2"], outdated=["lard.di.1"],
    project=None,
    note="Koin was replaced by Hilt on day 25.")

P.commit("lard.kapt.1", 9, "Add Room with the compiler running through kapt",
         ["M app/build.gradle.kts", "M gradle/libs.versions.toml"])
P.commit("lard.kapt.2", 33,
         "Move the Room and Hilt compilers from kapt to KSP; clean build 3m10s -> 1m55s",
         ["M app/build.gradle.kts", "M build.gradle.kts", "M gradle/libs.versions.toml"])
P.q("knowledge_update", "Do our annotation processors run through kapt or KSP?",
    ["lard.kapt.2"], outdated=["lard.kapt.1"],
    note="kapt on day 9, moved to KSP on day 33.")

P.note("lard.lead.1", 12, "Expiry reminder fires 3 days before the best-before date.")
P.commit("lard.lead.2", 31,
         "Expiry reminder now 2 days before best-before (beta testers ignored the 3-day one as too early)",
         ["M " + PKG + "work/ExpiryWorker.kt"])
P.note("lard.lead.3", 52,
       "Expiry reminder lead time is a user setting now (Settings > Reminders); default is 1 day before "
       "best-before.", cli=True)
P.q("knowledge_update", "How far ahead of the best-before date does the expiry reminder go out?",
    ["lard.lead.3"], outdated=["lard.lead.1", "lard.lead.2"],
    note="3 days -> 2 days -> user setting with a 1-day default (day 52).")

P.commit("lard.img.1", 7, "Load product photos with Glide",
         ["M app/build.gradle.kts", "M " + PKG + "ItemAdapter.kt"])
P.note("lard.img.2", 28,
       "Product photos: Glide is gone, Coil's AsyncImage does it now - Compose-native, no AndroidView wrapper.")
P.q("knowledge_update", "Which image loading library shows the product photos?",
    ["lard.img.2"], outdated=["lard.img.1"],
    note="Glide was replaced by Coil on day 28.")

P.note("lard.crash.1", 5, "Crash reporting: Firebase Crashlytics, free and quick to wire up.")
P.commit("lard.crash.2", 42,
         "Replace Crashlytics with Sentry (self-hosted at sentry.example.com); drop the google-services plugin",
         ["M app/build.gradle.kts", "M build.gradle.kts", "D app/google-services.json", "M " + PKG + "LarderApp.kt"])
P.q("knowledge_update", "Where do the app's crash reports go?",
    ["lard.crash.2"], outdated=["lard.crash.1"],
    note="Crashlytics was replaced by self-hosted Sentry on day 42.")

P.commit("lard.api.1", 10,
         "Product lookup client: GET https://products.example.com/api/v1/product/{barcode}.json",
         ["A " + PKG + "net/ProductApi.kt", "A " + PKG + "net/ProductDto.kt"])
P.note("lard.api.2", 39,
       "Product lookup now calls the v2 endpoint with ?fields=product_name,brands,quantity,image_small_url; "
       "the response went from ~40 KB to ~2 KB.")
P.q("knowledge_update", "Which endpoint does the barcode lookup call?",
    ["lard.api.2"], outdated=["lard.api.1"],
    note="v1 product endpoint replaced by v2 with a fields filter on day 39.")

# =====================================================================
# first_attempt
# =====================================================================
P.commit("lard.ui.1", 1, "Prototype: pantry list with XML layouts and a RecyclerView adapter",
         ["A app/src/main/res/layout/activity_main.xml", "A app/src/main/res/layout/item_row.xml",
          "A " + PKG + "ItemAdapter.kt"])
P.commit("lard.ui.2", 8, "Rewrite the pantry list in Jetpack Compose; delete the XML layouts",
         ["A " + PKG + "ui/PantryList.kt", "D app/src/main/res/layout/item_row.xml",
          "D " + PKG + "ItemAdapter.kt"])
P.q("first_attempt", "What UI toolkit did the very first pantry list use?",
    ["lard.ui.1"], outdated=["lard.ui.2", "lard.jank"],
    note="XML + RecyclerView on day 1; Compose from day 8 (the day-43 LazyColumn note is later too).")

P.note("lard.scan.1", 3, "Scanning attempt 1: ZXing Android Embedded (journeyapps) in a separate Activity.")
P.commit("lard.scan.2", 13, "Switch scanning to CameraX + ML Kit barcode inside the Compose screen",
         ["A " + PKG + "scan/ScanScreen.kt", "A " + PKG + "scan/BarcodeAnalyzer.kt", "M app/build.gradle.kts"])
P.q("first_attempt", "What did we use for scanning barcodes at first?",
    ["lard.scan.1"], outdated=["lard.scan.2", "lard.dim"],
    note="ZXing embedded was attempt 1; CameraX + ML Kit came on day 13 and the low-light note on day 14.")

P.note("lard.store.1", 2, "Storage for now: pantry items serialised as one JSON string in SharedPreferences.", cli=True)
P.note("lard.store.2", 6,
       "Storage: pantry items live in Room now (ItemEntity, ItemDao, LarderDatabase v1); the SharedPreferences "
       "blob is migrated on first launch.")
P.q("first_attempt", "How were pantry items stored initially?",
    ["lard.store.1"], outdated=["lard.store.2"],
    note="SharedPreferences JSON on day 2, Room on day 6.")

P.commit("lard.sync.1", 17, "Sync attempt: mirror items to a Firestore collection per household",
         ["A " + PKG + "sync/FirestoreSync.kt", "M app/build.gradle.kts"])
P.commit("lard.sync.2", 34,
         "Drop Firestore; sync through our own REST endpoint with ETags and a periodic WorkManager job",
         ["D " + PKG + "sync/FirestoreSync.kt", "A " + PKG + "sync/RestSync.kt", "A " + PKG + "work/SyncWorker.kt"])
P.q("first_attempt", "What did household sync originally run on?",
    ["lard.sync.1"], outdated=["lard.sync.2"],
    note="Firestore on day 17, replaced by own REST sync on day 34.")

P.note("lard.nav.1", 11,
       "Navigation: a sealed Screen class held in a mutableStateOf at the top plus a when() - no library yet.")
P.note("lard.nav.2", 20,
       "Navigation: moved to Navigation Compose - one NavHost with string routes like \"item/{id}\".")
P.commit("lard.nav.3", 45, "Type-safe navigation routes with @Serializable destinations",
         ["M " + PKG + "ui/LarderNavHost.kt", "A " + PKG + "ui/Routes.kt"])
P.q("first_attempt", "How did moving between screens work before we adopted a navigation library?",
    ["lard.nav.1"], outdated=["lard.nav.2", "lard.nav.3"],
    note="Day 11: hand-rolled sealed class + when(); Navigation Compose on day 20, type-safe routes on day 45.")

P.commit("lard.gradle.1", 0, "Initial commit from the Android Studio template (Groovy build.gradle)",
         ["A build.gradle", "A app/build.gradle", "A settings.gradle", "A " + PKG + "MainActivity.kt"])
P.commit("lard.gradle.2", 15, "Convert build scripts to Kotlin DSL and add gradle/libs.versions.toml",
         ["D build.gradle", "D app/build.gradle", "A build.gradle.kts", "A app/build.gradle.kts",
          "A gradle/libs.versions.toml"])
P.q("first_attempt", "What language were the Gradle build scripts written in at the start?",
    ["lard.gradle.1"], outdated=["lard.gradle.2"],
    note="The template used Groovy; converted to Kotlin DSL on day 15.")

# =====================================================================
# fillers
# =====================================================================
P.cmd("./gradlew assembleDebug", w=4)
P.cmd("./gradlew assembleDebug", "BUILD SUCCESSFUL in 48s\n41 actionable tasks: 9 executed, 32 up-to-date", w=2)
P.cmd("./gradlew assembleDebug",
      "e: file:///home/dev/code/larder-android/" + PKG + "ui/PantryList.kt:57:9 Unresolved reference: items\n"
      "BUILD FAILED in 21s", exit=1, lo=8)
P.cmd("./gradlew installDebug", w=2)
P.cmd("./gradlew testDebugUnitTest", w=2)
P.cmd("./gradlew testDebugUnitTest",
      "ExpiryCalculatorTest > daysUntil_handlesDst FAILED\n    java.lang.AssertionError at ExpiryCalculatorTest.kt:34\n"
      "BUILD FAILED in 37s", exit=1, lo=12)
P.cmd("./gradlew lint")
P.cmd("./gradlew ktlintCheck", lo=15)
P.cmd("./gradlew connectedDebugAndroidTest", lo=10)
P.cmd("./gradlew --stop")
P.cmd("./gradlew clean")
P.cmd("./gradlew kaptDebugKotlin", lo=9, hi=32)
P.cmd("./gradlew kspDebugKotlin", lo=33)
P.cmd("./gradlew :app:bundleRelease", lo=16)
P.cmd("adb devices", "List of devices attached\nemulator-5554\tdevice\nR58N12ABCDE\tdevice", w=2)
P.cmd("adb logcat -c")
P.cmd("adb shell pm clear com.example.larder")
P.cmd("adb install -r app/build/outputs/apk/debug/app-debug.apk", "Performing Streamed Install\nSuccess")
P.cmd("emulator -list-avds", "Pixel_7_API_34\nPixel_4a_API_30")
P.cmd("emulator -avd Pixel_4a_API_30")
P.cmd("adb shell dumpsys jobscheduler | grep -i larder", lo=22)
P.cmd("adb exec-out run-as com.example.larder cat databases/larder.db > /tmp/larder.db", lo=6)
P.cmd("sqlite3 /tmp/larder.db 'select count(*) from items'", "187", lo=6)
P.cmd("scrcpy --max-size 1024")
P.cmd("./gradlew dependencyUpdates -Drevision=release", lo=15)
P.cmd("git status", w=3)
P.cmd("git pull --rebase", w=2)
P.cmd("git log --oneline -8")
P.cmd("git switch -c feature/household-sync", lo=16, hi=18)
P.cmd("gh run list --limit 5", lo=5)
P.cmd("gh run watch", lo=5)
P.cmd("studio.sh . &")

P.commit(None, None, "Add best-before date picker to the add-item sheet", ["M " + PKG + "ui/AddItemSheet.kt"], lo=8)
P.commit(None, None, "Dark theme colours and dynamic color on Android 12+", ["M " + PKG + "ui/theme/Color.kt", "M " + PKG + "ui/theme/Theme.kt"], lo=8)
P.commit(None, None, "Swipe to delete with undo snackbar", ["M " + PKG + "ui/PantryList.kt"], lo=9)
P.commit(None, None, "Quantity stepper in item row", ["M " + PKG + "ui/ItemRow.kt"], lo=8)
P.commit(None, None, "ExpiryCalculator: handle DST transitions in daysUntil", ["M " + PKG + "domain/ExpiryCalculator.kt", "M app/src/test/java/com/example/larder/ExpiryCalculatorTest.kt"], lo=12)
P.commit(None, None, "Notification channel 'expiry' with default importance", ["M " + PKG + "LarderApp.kt"], lo=20)
P.commit(None, None, "Shelves: group items by location (fridge, freezer, cupboard)", ["M " + PKG + "data/ItemEntity.kt", "M " + PKG + "ui/PantryList.kt"], lo=14)
P.commit(None, None, "Add ktlint gradle plugin", ["M build.gradle.kts", "A .editorconfig"], lo=15)
P.commit(None, None, "Shopping list screen with check-off", ["A " + PKG + "ui/ShoppingList.kt"], lo=21)
P.commit(None, None, "Move 'out of stock' items to the shopping list automatically", ["M " + PKG + "domain/StockRules.kt"], lo=26)
P.commit(None, None, "Localise strings (de, nb)", ["A app/src/main/res/values-de/strings.xml", "A app/src/main/res/values-nb/strings.xml"], lo=30)
P.commit(None, None, "Fix crash when a product has no image", ["M " + PKG + "ui/ItemRow.kt"], lo=29)
P.commit(None, None, "Accessibility: content descriptions for item icons", ["M " + PKG + "ui/ItemRow.kt"], lo=35)
P.commit(None, None, "Bump Compose BOM and Kotlin", ["M gradle/libs.versions.toml"], lo=15)
P.commit(None, None, "Release 1.5.0", ["M app/build.gradle.kts", "M CHANGELOG.md"], lo=44, hi=52)

P.chat(None, None,
       "User: LazyColumn jumps to the top whenever I add an item - why?\n"
       "Assistant: The list is re-keyed by index; give items a stable key and keep the LazyListState outside "
       "the recomposing block.", via="cursor", files=[PKG + "ui/PantryList.kt"], lo=8, hi=40)
P.chat(None, None,
       "User: how do I test a Room DAO without an emulator?\n"
       "Assistant: Use Robolectric with Room.inMemoryDatabaseBuilder and allowMainThreadQueries() in the "
       "test, or run the DAO tests as instrumented tests on a managed device.", lo=7)
P.chat(None, None,
       "User: how do I request the notification permission on Android 13 in Compose?\n"
       "Assistant: Use rememberLauncherForActivityResult(RequestPermission()) and ask for POST_NOTIFICATIONS "
       "when the user turns reminders on, not at first launch.", via="cursor", lo=20)
P.chat(None, None,
       "User: ML Kit returns the same barcode many times per second\n"
       "Assistant: Debounce in the analyzer: ignore a value seen within the last 1.5 s and close the "
       "ImageProxy in a finally block so the pipeline keeps flowing.", lo=13)

P.note(None, None, "Beta testers: 11 households. Most used feature: scanning. Least: shopping list.", lo=20)
P.note(None, None, "Idea: recipes that use up items expiring this week. Park until sync is stable.", cli=True, lo=25)
P.note(None, None, "Play Console: data safety form needs updating whenever a new SDK is added.", lo=16)
P.note(None, None, "Test devices: Pixel 7 (14), Galaxy A52 (13), old Moto G (8.1).", cli=True, hi=37)
P.note(None, None, "Icon: carrot on a shelf, designer wants two weeks.", lo=3)

P.edit(None, None, PKG + "ui/PantryList.kt", "Extract ItemRow into its own file.", via="cursor", lo=9)
P.edit(None, None, PKG + "domain/ExpiryCalculator.kt", "Add daysUntil(today) and isExpired helpers.", lo=10)
P.edit(None, None, "app/src/main/AndroidManifest.xml", "Declare CAMERA permission and the camera feature as not required.", lo=13)
P.edit(None, None, PKG + "ui/theme/Type.kt", "Bump body text to 16sp.", lo=18)
P.file(None, None, "gradle/libs.versions.toml",
       "[versions]\nkotlin = \"1.9.23\"\ncompose-bom = \"2024.04.01\"\nroom = \"2.6.1\"\nwork = \"2.9.0\"\n\n"
       "[libraries]\nroom-runtime = { module = \"androidx.room:room-runtime\", version.ref = \"room\" }",
       lo=33, hi=45)
