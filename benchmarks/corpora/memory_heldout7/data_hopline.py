"""hopline: Expo / React Native driver app for a community dial-a-ride minibus, PocketBase."""
from authoring import Project

P = Project("hopline", "hl", "~/apps/hopline")
sh, commit, note, chat, edit, file = P.sh, P.commit, P.note, P.chat, P.edit, P.file
q = P.q

# ---------------------------------------------------------------- paraphrase
commit("pa1", 18, """Invalidate the runs query when AppState goes active

staleTime: Infinity meant the cached list survived overnight.""",
       [("M", "app/(tabs)/runs.tsx")])
note("pa1d", 20, "Drivers asked for yesterday's pickups to stay visible in the app until the "
     "morning so they can check fares.")
q("paraphrase", "Why did drivers see yesterday's pickups when they opened the app in the "
  "morning?", "pa1", "Cached query never refetched on resume.", distractors=["pa1d"])

note("pa2", 25, "Background location only ran while foregrounded: Info.plist lacked "
     "UIBackgroundModes location and Android had no foreground-service notification. Added both "
     "through the expo-location plugin options in app.config.ts.")
note("pa2d", 26, "A driver asked if the bus dot could be a minibus icon. Phone in a pocket is "
     "against the driving policy - use the dash mount.")
q("paraphrase", "How come the bus dot stopped moving once the phone was in the driver's "
  "pocket?", "pa2", "Background location permissions/service missing.", distractors=["pa2d"])

commit("pa3", 29, """Geofence radius 150 m -> 40 m

On Church Lane the neighbours' doors triggered arrival.""", [("M", "src/tasks/geofence.ts")])
note("pa3d", 31, "Passenger notes: if the house number is wrong on the form, get them to ring "
     "the office. Mrs Hale is picked up from the side door, mark it on the sheet.")
q("paraphrase", "Why did a passenger get marked as picked up at the wrong house?", "pa3",
  "Arrival geofence was far too wide.", distractors=["pa3d"])

edit("pa4", 22, "src/tasks/location.ts", "Location.Accuracy.Highest with distanceInterval 0 "
     "polled GPS constantly; now Balanced, 25 m, deferred updates every 30 s.")
note("pa4d", 23, "Lunchtime: drivers charge the app tablets flat in the depot; batteries on "
     "unit 3 drain fast, replace.")
q("paraphrase", "Why did the app drain batteries flat by lunchtime?", "pa4",
  "Highest accuracy, zero distance filter.", distractors=["pa4d"])

note("pa5", 38, "EAS runtimeVersion policy is appVersion; the store build on the older handsets "
     "is 1.3.0, so the OTA bundle for 1.4.0 never matched them. They need a new binary.")
note("pa5d", 39, "Weekend rota: the fix for the phones showed up in the shop on Saturday; sent "
     "the receipts to the treasurer.")
q("paraphrase", "How come the fix we sent out over the weekend only showed up on some of the "
  "phones?", "pa5", "runtimeVersion mismatch meant OTA bundles skipped older binaries.",
  distractors=["pa5d"])

commit("pa6", 14, """PocketBase API rule on runs: allow @request.auth.role = 'driver'

Accounts created from the invite form had role unset, so the list rule
returned nothing for them.""", [("M", "pb_migrations/1718200000_runs_rules.js")])
note("pa6d", 15, "New volunteers: trips list for today printed and on the clipboard; blank "
     "forms come from the office.")
q("paraphrase", "Why did the list of today's trips come up blank for the new volunteers?",
  "pa6", "Collection access rule excluded accounts without a role.", distractors=["pa6d"])

# -------------------------------------------------------------- command_fact
sh("cf1", 32, "ssh hopvps './pocketbase --version'\npocketbase version 0.22.14")
sh("cf1d", 32, "./pocketbase serve\n> Server started at http://127.0.0.1:8090\n├─ REST API: "
   "http://127.0.0.1:8090/api/")
q("command_fact", "Which PocketBase release is running on the server?", "cf1",
  "Only the ssh'd version check.", keys=["0.22.14"], distractors=["cf1d"])

sh("cf2", 44, "eas build --platform android --profile production --non-interactive\n"
   "✔ Build finished\nAndroid app: https://expo.dev/artifacts/eas/k2f9.aab\nversionCode: 47")
sh("cf2d", 44, "eas build --platform ios --profile production --non-interactive\n"
   "✔ Build finished\nbuildNumber: 31")
q("command_fact", "What build number did the last Android store build get?", "cf2",
  "eas build output.", keys=["versionCode: 47"], distractors=["cf2d"])

sh("cf3d", 34, "adb devices\nList of devices attached\nemulator-5554\tdevice")
sh("cf3", 34, "maestro test .maestro/pickup.yaml --device emulator-5556\n"
   "[Passed] pickup flow (21s)")
q("command_fact", "Which emulator did I run the pickup end-to-end flow against?", "cf3",
  "Only the maestro flag.", keys=["emulator-5556"], distractors=["cf3d"], asked=None)

sh("cf4d", 26, "npx jest\nTests:       2 failed, 138 passed, 140 total\nTime:        "
   "11.2 s", code=1)
sh("cf4", 27, "npx jest\nTests:       142 passed, 142 total\nTime:        11.9 s")
q("command_fact", "How many unit tests did we have when the suite went green again?", "cf4",
  "Jest summary of the passing run.", keys=["142 total"], distractors=["cf4d"])

sh("cf5d", 24, "eas update --branch production --message \"battery: balanced accuracy\"")
sh("cf5", 30, "eas update --branch preview --message \"geofence radius 40 m\"\n✔ Published")
q("command_fact", "Where did I push the geofence fix over the air first - which branch?", "cf5",
  "Only the eas update command.", keys=["--branch preview"], distractors=["cf5d"])

commit("cf6", 12, "Pin react-native-maps to 1.14.0\n\n1.18 crashes on Android 9 when the map "
       "mounts.", [("M", "package.json"), ("M", "package-lock.json")])
sh("cf6d", 12, "npx expo install --check\nreact-native-maps@1.18.0 - expected version: 1.18.0")
q("command_fact", "What version of the maps library did we hold back to because of the crash "
  "on old Androids?", "cf6", "Only the pin commit.", keys=["1.14.0"], distractors=["cf6d"])

# ---------------------------------------------------------- knowledge_update
note("ku1a", 1, "Expo SDK 51 for the driver app.")
commit("ku1b", 40, "Upgrade to Expo SDK 52 (new architecture on)", [("M", "package.json"),
       ("M", "app.config.ts")])
q("knowledge_update", "Which Expo SDK is the driver app on now?", "ku1b", "51 -> 52.",
  outdated=["ku1a"])

edit("ku2a", 4, "src/tasks/location.ts", "timeInterval: 60_000 // report position every minute")
commit("ku2b", 19, "Report position every 15 s while on a run", [("M", "src/tasks/location.ts")])
note("ku2c", 43, "Position reports every 30 s on a run now - 15 s was more than the office map "
     "needed.")
q("knowledge_update", "How often does the minibus report its position now?", "ku2c",
  "60 -> 15 -> 30 s.", outdated=["ku2a", "ku2b"], asked=None)

note("ku3a", 7, "E2E: Detox on the Android emulator.")
commit("ku3b", 33, "Replace Detox with Maestro flows", [("A", ".maestro/pickup.yaml"),
       ("D", "e2e/pickup.test.ts")])
q("knowledge_update", "What do we run the end-to-end tests with at the moment?", "ku3b",
  "Detox -> Maestro.", outdated=["ku3a"])

note("ku4a", 5, "Seats: max 12 riders per run.")
note("ku4b", 36, "Seats: max 8 riders per run plus 1 wheelchair space since the lift van came.")
q("knowledge_update", "How many riders can we put on one run these days?", "ku4b",
  "12 -> 8 + wheelchair.", outdated=["ku4a"])

commit("ku5a", 9, "Booking cut-off 4pm the day before", [("M", "src/rules.ts")])
note("ku5b", 37, "Booking cut-off moved to noon the day before so the office can plan runs "
     "in the afternoon.")
q("knowledge_update", "What's the cut-off for booking a ride for tomorrow now?", "ku5b",
  "4pm -> noon.", outdated=["ku5a"])

note("ku6a", 3, "Backend: PocketBase on the pockethost.io free tier.")
commit("ku6b", 27, "Move PocketBase to our own VPS behind nginx", [("A", "deploy/nginx.conf"),
       ("A", "deploy/pocketbase.service")])
q("knowledge_update", "Where is the PocketBase backend running now?", "ku6b",
  "pockethost -> own VPS.", outdated=["ku6a"])

# ------------------------------------------------------------- first_attempt
commit("fa1a", 2, "Map screen with expo-maps (alpha)", [("A", "app/(tabs)/map.tsx")])
commit("fa1b", 10, "Switch the map to react-native-maps", [("M", "app/(tabs)/map.tsx"),
       ("M", "package.json")])
q("first_attempt", "What did we draw the map with at first?", "fa1a",
  "expo-maps before react-native-maps.", outdated=["fa1b"])

note("fa2a", 3, "State: React context + useReducer for runs and the signed-in driver.")
note("fa2b", 14, "Moved runs and auth into a Zustand store; context re-rendered the whole "
     "run list on every GPS tick.")
q("first_attempt", "What held app state to begin with?", "fa2a", "Context + reducer first.",
  outdated=["fa2b"])

note("fa3a", 0, "Backend for the first trial: a Google Sheet behind an Apps Script web app.")
commit("fa3b", 8, "PocketBase collections: runs, riders, stops", [("A", "pb_migrations/"
       "1717400000_init.js")])
q("first_attempt", "What was the backend originally, before PocketBase?", "fa3a",
  "Google Sheet + Apps Script.", outdated=["fa3b"])

note("fa4a", 6, "Drivers phone the office at each stop to say they've arrived.")
commit("fa4b", 17, "Arrive button on each stop card", [("M", "src/components/StopCard.tsx")])
q("first_attempt", "How did drivers let the office know they'd reached a stop initially?",
  "fa4a", "Phone calls before the button and geofence.", outdated=["fa4b", "pa3"])

note("fa5a", 11, "Riders: the office rings each rider about 10 minutes before the bus gets "
     "there.")
note("fa5b", 24, "Riders get an SMS via Vonage when the ETA drops under 10 min "
     "(pb_hooks/eta.pb.js).")
q("first_attempt", "How did riders get told the bus was close, in the beginning?", "fa5a",
  "Phone calls from the office first.", outdated=["fa5b"], asked=None)

commit("fa6a", 4, "Driver login with a shared PIN", [("A", "app/login.tsx")])
commit("fa6b", 20, "PocketBase email/password login per driver", [("M", "app/login.tsx"),
       ("M", "src/pb.ts")])
q("first_attempt", "How did drivers log in at the start?", "fa6a", "Shared PIN first.",
  outdated=["fa6b"])

# ------------------------------------------------------------------- fillers
commit(None, (3, 20), "Stop card shows rider notes and mobility needs",
       [("M", "src/components/StopCard.tsx")], role="filler")
commit(None, (12, 40), "Dark mode for night runs", [("M", "app/_layout.tsx")], role="filler")
commit(None, (20, 50), "Fare summary at the end of a run", [("A", "app/run/[id]/summary.tsx")],
       role="filler")
commit(None, (30, 58), "Split StopList into its own component", [("A", "src/components/"
       "StopList.tsx")], role="filler")
commit(None, (40, 60), "Bump expo-location", [("M", "package.json")], role="filler")
chat(None, (5, 30), """User: expo-router: how do I hide the tab bar on the run detail screen?
Assistant: Put the run screens in a Stack outside the (tabs) group, or set tabBarStyle: { display: 'none' } in that screen's options.""",
     role="filler")
chat(None, (25, 55), """User: cursor: format the ETA as "in 7 min" / "arriving"
Assistant: Added formatEta() in src/eta.ts with tests for 0, 1 and 12 minutes.""",
     src="cursor", files=["src/eta.ts"], role="filler")
note(None, (10, 35), "Office wants a 'rider not at home' button that logs the time.",
     role="filler")
note(None, (35, 60), "Unit 2's phone mount is loose - drivers keep the phone on the seat.",
     role="filler")
edit(None, (8, 30), "src/components/StopCard.tsx", "Bigger call-rider button.", role="filler")
edit(None, (30, 60), "app/(tabs)/runs.tsx", "Pull to refresh on the runs list.", src="cursor",
     role="filler")
file(None, (15, 45), "eas.json", """{
  "build": { "preview": { "distribution": "internal" }, "production": {} },
  "submit": { "production": {} }
}""", role="filler")

# ---------------------------------------------------------------------- pool
pc = P.pool_cmd
pc("npx expo start\nMetro waiting on exp://192.168.1.23:8081\n› Press a │ open Android", w=3)
pc("npx expo start --clear", w=1)
pc("npx tsc --noEmit\nsrc/tasks/geofence.ts:31:7 - error TS2322: Type 'string' is not "
   "assignable to type 'number'.", code=2, w=1)
pc("npx tsc --noEmit", w=1.5)
pc("npx jest src/eta.test.ts\nTests:       5 passed, 5 total", w=1.5)
pc("npx eslint . --ext .ts,.tsx\n✖ 2 problems (0 errors, 2 warnings)", w=1)
pc("npx expo run:android\n› Installing on emulator-5554", w=1.5)
pc("adb logcat -s ReactNativeJS", w=1)
pc("npx detox test -c android.emu.debug\nPASS e2e/pickup.test.ts (48.2 s)", lo=7, hi=32)
pc("maestro test .maestro/\n[Passed] pickup flow\n[Passed] no-show flow", lo=33, w=1.5)
pc("git status -sb\n## main...origin/main", w=2)
pc("git pull --rebase", w=1)
pc("./pocketbase serve --http 127.0.0.1:8090", lo=8, w=1.5)
pc("curl -s 'http://127.0.0.1:8090/api/collections/runs/records?perPage=1' | jq .totalItems\n"
   "86", lo=8, w=1)
pc("ssh hopvps 'sudo systemctl status pocketbase --no-pager | head -3'\n● pocketbase.service\n"
   "     Active: active (running)", lo=27, w=1)
pc("eas build:list --limit 3 --platform android", lo=10, w=0.8)
pc("npx expo-doctor\n✔ 15/15 checks passed. No issues detected!", w=0.8)
pc("npx expo install expo-location", w=0.5)
