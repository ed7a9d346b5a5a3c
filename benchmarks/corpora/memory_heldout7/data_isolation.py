"""Shared subjects that exist in several projects with different facts (project_isolation)."""

# subject -> list of (abbr, key, day, kind, payload, question text or None for the shared text)
SUBJECTS = [
    ("release steps", "What are the release steps again?", [
        ("lm", "rel", 48, "note", "Release: deno task check && deno test -A, tag vX.Y.Z and push "
         "the tag; the GitHub Action builds the image and runs docker compose pull && up -d on "
         "lidovps. Check /healthz afterwards.", None),
        ("cr", "rel", 52, "note", "Release: ./mill api.nativeImage, docker build -t "
         "canopyroll:native, push to ghcr, run flyway migrate, then ssh canopy-vm 'docker "
         "compose pull && docker compose up -d'.", None),
        ("pb", "rel", 44, "note", "Release: bump PROJECT_VER in CMakeLists.txt, idf.py build, "
         "copy build/proofbox.bin to breadpi:/srv/ota/, publish the ota command on "
         "bakery/proof/cab1/cmd. Keep the previous .bin for rollback.", None),
        ("hl", "rel", 46, "note", "Release: bump version in app.config.ts, eas build --profile "
         "production for both platforms, eas submit; JS-only fixes go out with eas update to "
         "the production branch.", None)]),
    ("running the tests locally", "How do I run the tests locally?", [
        ("lm", "tst", 34, "note", "Tests locally: docker compose up -d db, then deno test -A "
         "--env-file=.env.test; they use the lido_test database and truncate it per file.", None),
        ("cr", "tst", 36, "edit", ("README.md", "Testing: ./mill __.test needs the dev Postgres "
         "on 5433 (docker compose up -d db); weaver suites run in parallel."), None),
        ("pb", "tst", 30, "note", "Tests: the Unity suites run on the board with idf.py -T "
         "main/test build flash monitor; the PID maths also runs on the host with make -C "
         "test/host.", None)]),
    ("where logs go", "Where do the logs end up?", [
        ("lm", "log", 40, "note", "Logs: the app writes to stdout, read them with docker compose "
         "logs app; Caddy's access log is /var/log/caddy/lido.log on the VPS.", None),
        ("cr", "log", 45, "note", "Logs: JSON lines via logback into journald on canopy-vm "
         "(journalctl CONTAINER_NAME=canopyroll). Nothing is shipped off the box.", None),
        ("pb", "log", 33, "note", "Logs: ESP_LOG over USB serial only; warnings and errors are "
         "also published to bakery/proof/cab1/log and kept in InfluxDB for 30 days.", None),
        ("hl", "log", 35, "note", "Logs: console output on the phone only in dev (Metro / adb "
         "logcat). PocketBase keeps request logs in pb_data/logs.db for 7 days.", None)]),
    ("local dev port", None, [
        ("lm", "port", 13, "note", "Dev server: Fresh on localhost:8000; the cloudflared tunnel "
         "for the Mollie webhooks points at it.", "Which port does the lido site run on when I "
         "start it locally?"),
        ("cr", "port", 15, "note", "Local: API on 8080, Vite dev server for the Laminar bundle on "
         "5173, proxying /api to the API.", "What port does the tree survey app listen on when "
         "I run it on my machine?"),
        ("hl", "port", 9, "note", "Local: PocketBase on 127.0.0.1:8090, Metro on 8081. Set "
         "EXPO_PUBLIC_PB_URL=http://192.168.1.23:8090 so the phone can reach it.", "What port "
         "is the minibus backend on when I run it locally?")]),
    ("CI run time", "How long does CI take, and what's the slow part?", [
        ("lm", "ci", 43, "note", "CI takes about 3 min; the slow bit is deno test against the "
         "Postgres service container (~1m40).", None),
        ("cr", "ci", 53, "note", "CI is ~11 min, mostly the GraalVM native-image step (7 min). "
         "Caching coursier saved about 2 min.", None),
        ("pb", "ci", 32, "note", "CI ~6 min: idf.py build inside the espressif/idf image; pulling "
         "the image is half of it.", None),
        ("hl", "ci", 41, "note", "CI ~9 min: jest and tsc are quick, the Maestro job on the "
         "Android emulator takes ~7.", None)]),
    ("backups", None, [
        ("lm", "bak", 42, "note", "Backups: nightly pg_dump from the db container to "
         "/srv/backups, rclone to a Scaleway bucket, 14 days kept.", "How is the lido database "
         "backed up?"),
        ("cr", "bak", 47, "note", "Backups: pg_dump -Fc nightly on canopy-vm; the council's "
         "Veeam snapshots the whole VM; the B2 photo bucket has versioning on.", "How are the "
         "tree survey app's backups done?"),
        ("hl", "bak", 30, "note", "Backups: PocketBase built-in backups at 03:00, keep 7, "
         "uploaded to the S3-compatible storage set under Settings > Backups.", "How do we back "
         "up the minibus app's data?")]),
    ("crash reports", "Where do crash reports go?", [
        ("lm", "err", 39, "note", "Uncaught errors go to GlitchTip at "
         "errors.lidomark.example.com - the Sentry-compatible one we self-host.", None),
        ("hl", "err", 21, "commit", ("Report crashes to Sentry via @sentry/react-native\n\n"
         "Source maps uploaded from the EAS build hook.", [("M", "app/_layout.tsx"),
                                                          ("M", "app.config.ts")]), None)]),
    ("formatter settings", "What are our formatter settings?", [
        ("lm", "fmt", 16, "file", ("deno.json", '"fmt": { "lineWidth": 100, "indentWidth": 2, '
         '"semiColons": true, "singleQuote": false }'), None),
        ("cr", "fmt", 12, "file", (".scalafmt.conf", 'version = 3.8.1\nrunner.dialect = scala3\n'
         'maxColumn = 110\nrewrite.scala3.convertToNewSyntax = true'), None),
        ("pb", "fmt", 10, "file", (".clang-format", "BasedOnStyle: LLVM\nIndentWidth: 4\n"
         "ColumnLimit: 100\nBreakBeforeBraces: Linux"), None)]),
    ("secrets", None, [
        ("cr", "sec", 38, "note", "Secrets: B2 keys and the Entra client secret are in "
         "/etc/canopyroll/env on the VM (root only); locally a gitignored .env.", "Where do the "
         "tree app's secrets live?"),
        ("pb", "sec", 25, "note", "Wi-Fi and MQTT passwords live in the NVS 'creds' namespace, "
         "written once with nvs_partition_gen from creds.csv (never committed).", "Where do the "
         "proofing cabinet's Wi-Fi and broker passwords live?")]),
]


def add(projects):
    P = {p.abbr: p for p in projects}
    for subject, shared_text, rows in SUBJECTS:
        keys = {}
        for abbr, key, day, kind, payload, _ in rows:
            p = P[abbr]
            k = "iso_" + key
            if kind == "note":
                keys[abbr] = p.note(k, day, payload, role="isolation")
            elif kind == "edit":
                keys[abbr] = p.edit(k, day, payload[0], payload[1], role="isolation")
            elif kind == "file":
                keys[abbr] = p.file(k, day, payload[0], payload[1], role="isolation")
            else:
                keys[abbr] = p.commit(k, day, payload[0], payload[1], role="isolation")
        for abbr, key, day, kind, payload, own_text in rows:
            P[abbr].q("project_isolation", own_text or shared_text, keys[abbr],
                      "%s: the %s statement; the other projects' are forbidden." %
                      (subject, P[abbr].name),
                      forbidden=[v for a, v in keys.items() if a != abbr])
