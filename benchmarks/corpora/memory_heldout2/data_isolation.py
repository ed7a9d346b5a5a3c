"""Subjects that exist in two or three projects with different facts -> project_isolation questions.

RECORDS maps a project name to its hand-placed records; SUBJECTS lists
(question text, {project: (answer key, note)}). Every other project's record on the
subject becomes `forbidden`.
"""
from authoring import sh, commit, note, chat, edit, file

RECORDS = {
    "reverbyard": [
        note("Release steps: bump the version in CMakeLists.txt, tag vX.Y.Z, let CI build the universal pkg, notarize with notarytool, staple, then upload to Gumroad and update the appcast.", 47, "iso.rel.rv"),
        note("CI takes about 14 minutes per run; the Windows job dominates at 12 of them.", 40, "iso.ci.rv"),
        note("Beta builds go out as a private Gumroad product; testers get a download link when a new pkg is uploaded.", 32, "iso.beta.rv"),
        edit("Source/Logging.cpp", "FileLogger writes to ~/Library/Logs/Quarry/Reverbyard.log (Windows: %APPDATA%\\Quarry\\Logs), rotated at 1 MB.", 19, "iso.log.rv"),
        note("Profiling: Instruments Time Profiler attached to REAPER, plus the RV_TRACE perfetto macros around the convolution and saturator blocks.", 26, "iso.prof.rv"),
        note("Version numbers are semver; CI appends its run number as the fourth component in the VST3 moduleinfo.", 14, "iso.ver.rv"),
    ],
    "lanternfish": [
        note("Release steps: bump bundleVersion, build Windows/Linux/Deck through GameCI, steamcmd run_app_build to the default branch, set it live in Steamworks, post patch notes on the Steam page.", 46, "iso.rel.lf"),
        note("A full CI run is 38 minutes now that the Library cache stopped hitting; Linux and Windows jobs run in parallel.", 42, "iso.ci.lf"),
        commit("CI: read Steam and Unity credentials from Actions secrets\n\nSTEAM_USERNAME, STEAM_CONFIG_VDF and UNITY_LICENSE are repository secrets now; nothing sensitive is left in steam/*.vdf.", ["M .github/workflows/build.yml", "M steam/app_build_template.vdf"], 26, "iso.sec.lf"),
        note("Playtesters get builds from the Steam beta branch 'playtest'; its password is in the pinned Discord message.", 37, "iso.beta.lf"),
        note("Player logs: on the Deck under ~/.config/unity3d/Lantern Works/Lanternfish/Player.log, on Windows under AppData\\LocalLow\\Lantern Works\\Lanternfish.", 21, "iso.log.lf"),
        chat("User: how do I profile the game on the Deck itself?\nAssistant: Make a development build with Autoconnect Profiler ticked, launch it on the Deck, then attach the Unity Profiler from the editor over the network; the player listens on port 34999.", 39, "iso.prof.lf"),
        note("Version numbers are 0.<milestone>.<patch> in PlayerSettings; the Steam BuildID is separate and not shown to players.", 19, "iso.ver.lf"),
        note("When Library/ eats the disk: close the editor, delete Library/ entirely and let it reimport overnight, roughly 40 minutes on the Mac.", 36, "iso.cache.lf"),
        note("Test device: the Steam Deck OLED in desktop mode, sshd enabled with key auth only, the build folder under ~/Games/lanternfish.", 13, "iso.dev.lf"),
    ],
    "kestrel-lab": [
        note("Secrets live in group_vars/all/vault.yml, encrypted with ansible-vault; the vault password is the password-manager entry 'kestrel vault'.", 20, "iso.sec.kl"),
        commit("promtail on every host\n\nShips journald to Loki on mon01; Loki keeps 14 days.", ["A roles/promtail/tasks/main.yml", "A roles/promtail/templates/config.yml.j2", "A roles/loki/tasks/main.yml"], 23, "iso.log.kl"),
        edit("roles/alertmanager/templates/alertmanager.yml.j2", "Route everything to the ntfy topic kestrel-alerts on ntfy.example.com; severity=critical also goes to Pushover.", 36, "iso.alert.kl"),
    ],
    "cragbook-ios": [
        note("Release steps: agvtool bump, fastlane release lane (match, build_app, deliver), submit for review with phased release on.", 48, "iso.rel.cb"),
        commit("CI: cache SPM checkouts and DerivedData\n\nRuns are down to 9 minutes from 15.", [ "M .github/workflows/ci.yml"], 43, "iso.ci.cb"),
        note("Signing certificates and profiles live in the private match repo, encrypted; MATCH_PASSWORD is a GitHub Actions secret.", 27, "iso.sec.cb"),
        note("Beta testers install from TestFlight; the external group needs Beta App Review for every new version.", 30, "iso.beta.cb"),
        note("Version numbers: marketing version 1.x by hand, build number bumped with agvtool for every TestFlight upload and never reused.", 22, "iso.ver.cb"),
        note("Sentry alerts for new issues post to the #cragbook-alerts Discord channel.", 34, "iso.alert.cb"),
        note("When DerivedData eats the disk: quit Xcode, remove the Cragbook-* folders, then run xcrun simctl delete unavailable for the old simulator runtimes.", 45, "iso.cache.cb"),
        note("Test device: an iPhone 13 mini on iOS 17.4 in Developer Mode, paired over the network, never used for TestFlight.", 15, "iso.dev.cb"),
    ],
}

SUBJECTS = [
    ("What are the steps to cut a release?", {
        "reverbyard": ("iso.rel.rv", "Reverbyard releases: tag, CI pkg, notarize, staple, Gumroad."),
        "lanternfish": ("iso.rel.lf", "Lanternfish releases go through GameCI and steamcmd to the default branch."),
        "cragbook-ios": ("iso.rel.cb", "Cragbook releases use agvtool and the fastlane release lane."),
    }),
    ("How long does a CI run take these days?", {
        "reverbyard": ("iso.ci.rv", "Reverbyard CI is about 14 minutes."),
        "lanternfish": ("iso.ci.lf", "Lanternfish CI is 38 minutes."),
        "cragbook-ios": ("iso.ci.cb", "Cragbook CI dropped to 9 minutes with caching."),
    }),
    ("Where are the secrets kept?", {
        "kestrel-lab": ("iso.sec.kl", "Homelab secrets are in the ansible-vault file."),
        "lanternfish": ("iso.sec.lf", "Lanternfish secrets are GitHub Actions secrets."),
        "cragbook-ios": ("iso.sec.cb", "Cragbook signing secrets are in the match repo."),
    }),
    ("How do testers get beta builds?", {
        "reverbyard": ("iso.beta.rv", "Reverbyard betas are a private Gumroad product."),
        "lanternfish": ("iso.beta.lf", "Lanternfish playtesters use the Steam 'playtest' branch."),
        "cragbook-ios": ("iso.beta.cb", "Cragbook betas are on TestFlight."),
    }),
    ("Where do the logs end up?", {
        "reverbyard": ("iso.log.rv", "Reverbyard's FileLogger path."),
        "lanternfish": ("iso.log.lf", "Lanternfish Player.log locations."),
        "kestrel-lab": ("iso.log.kl", "Homelab logs go to Loki via promtail."),
    }),
    ("How do I profile performance?", {
        "reverbyard": ("iso.prof.rv", "Reverbyard: Instruments on REAPER plus RV_TRACE."),
        "lanternfish": ("iso.prof.lf", "Lanternfish: Unity Profiler over the network to a Deck dev build."),
    }),
    ("How are version numbers chosen?", {
        "reverbyard": ("iso.ver.rv", "Reverbyard: semver plus CI run number."),
        "lanternfish": ("iso.ver.lf", "Lanternfish: 0.<milestone>.<patch>, Steam BuildID separate."),
        "cragbook-ios": ("iso.ver.cb", "Cragbook: manual 1.x marketing version, agvtool build numbers."),
    }),
    ("Where do alerts get sent?", {
        "kestrel-lab": ("iso.alert.kl", "Homelab alerts go to ntfy (and Pushover for critical)."),
        "cragbook-ios": ("iso.alert.cb", "Cragbook Sentry alerts go to a Discord channel."),
    }),
    ("What do I do when the build cache eats the disk?", {
        "lanternfish": ("iso.cache.lf", "Lanternfish: delete Unity's Library/ and reimport."),
        "cragbook-ios": ("iso.cache.cb", "Cragbook: remove DerivedData folders and unavailable simulators."),
    }),
    ("How is the test device set up?", {
        "lanternfish": ("iso.dev.lf", "Lanternfish tests on a Steam Deck OLED over ssh."),
        "cragbook-ios": ("iso.dev.cb", "Cragbook tests on an iPhone 13 mini in Developer Mode."),
    }),
]
