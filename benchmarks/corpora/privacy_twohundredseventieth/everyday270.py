"""Everyday positives: 12 types x 45 container kinds, 4 records per kind."""
import base64
import random
import re

import common270 as C
import world270 as W

V = "\ue000"  # placement marker, replaced by the value

# ------------------------------------------------------------------ types


def _gen_cf26(rng, bad):
    body = C.pick(rng, C.UPALNUM, 15)
    return "CTL-%s-%s-%s-%s" % (body[:5], body[5:10], body[10:], C.cf26_check(body))


def _chk_cf26(v):
    m = re.fullmatch(r"CTL-([0-9A-Z]{5})-([0-9A-Z]{5})-([0-9A-Z]{5})-([A-Z])", v)
    return bool(m) and C.cf26_check(m.group(1) + m.group(2) + m.group(3)) == m.group(4)


def _gen_sdbm(rng, bad):
    body = C.pick(rng, C.ALNUM, 30)
    return "wbs_%s_%08x" % (body, C.sdbm(body))


def _chk_sdbm(v):
    m = re.fullmatch(r"wbs_([0-9A-Za-z]{30})_([0-9a-f]{8})", v)
    return bool(m) and C.sdbm(m.group(1)) == int(m.group(2), 16)


def _gen_abn(rng, bad):
    d = C.abn_complete(C.pick(rng, C.DIGITS, 9))
    return "TTA-%s-%s-%s-%s" % (d[:2], d[2:5], d[5:8], d[8:])


def _chk_abn(v):
    m = re.fullmatch(r"TTA-(\d\d)-(\d{3})-(\d{3})-(\d{3})", v)
    return bool(m) and C.abn_valid("".join(m.groups()))


MACAROON_ROOT = {}


def _gen_macaroon(rng, bad):
    root = C.rbytes(rng, 32)
    ident = "%s-%d" % (C.pick(rng, C.HEXL, 16), rng.randrange(1, 9))
    cav = ["site = hollinsby", "time < 2025-%02d-%02dT18:00:00Z" % (rng.randrange(6, 13), rng.randrange(1, 29)),
           "drone = M3E-%04d" % rng.randrange(1000, 9999)]
    rng.shuffle(cav)
    cav = cav[:rng.randrange(2, 4)]
    tok = C.macaroon_v1(root, "https://survey.hollinsby-gravel.example/upload", ident, cav)
    MACAROON_ROOT[tok] = root
    return tok


def _chk_macaroon(v):
    return v in MACAROON_ROOT and C.macaroon_v1_verify(v, MACAROON_ROOT[v])


def _gen_fernet(rng, bad):
    return base64.urlsafe_b64encode(C.rbytes(rng, 32)).decode()


def _chk_fernet(v):
    return bool(re.fullmatch(r"[A-Za-z0-9_-]{43}=", v)) and len(base64.urlsafe_b64decode(v)) == 32


def _gen_rails(rng, bad):
    return C.pick(rng, C.HEXL, 128)


def _chk_rails(v):
    return bool(re.fullmatch(r"[0-9a-f]{128}", v))


def _gen_pw(rng, bad):
    return W.password(rng, strict=False, cap_p=0.45, bad=bad)


def _chk_pw(v):
    return bool(W.PW_RE_FULL.fullmatch(v)) and W.pw_word_ok(v)


TYPES = [
    # name, key words, description, generator, checker, kind
    ("weighbridge_supervisor_terminal_password", ["weighbridge", "supervisor", "password"],
     "owner-chosen supervisor login of the weighbridge terminal at Scarthwaite (manual tares, voids, reprints)",
     _gen_pw, _chk_pw, "owner"),
    ("jaw_crusher_plc_engineer_password", ["crusher", "engineer", "password"],
     "owner-chosen engineer password of the PLC panel on Scarthwaite's primary jaw crusher (CSS setting, feeder interlocks)",
     _gen_pw, _chk_pw, "owner"),
    ("wash_plant_scada_operator_password", ["wash", "plant", "operator", "password"],
     "owner-chosen operator login of the SCADA screens of Hollinsby's wash plant (log washer, cyclones, water recycling)",
     _gen_pw, _chk_pw, "owner"),
    ("dredger_pump_hmi_password", ["dredger", "hmi", "password"],
     "owner-chosen password of the touch panel on Hollinsby's cutter-suction dredger (pump speed, ladder depth)",
     _gen_pw, _chk_pw, "owner"),
    ("magazine_access_console_password", ["magazine", "console", "password"],
     "owner-chosen login of the access console of Scarthwaite's explosives magazine (issue and return log)",
     _gen_pw, _chk_pw, "owner"),
    ("tipper_dispatch_desk_password", ["dispatch", "desk", "password"],
     "owner-chosen login of the dispatch desk at Brackenrigg Haulage (job allocation to the tippers)",
     _gen_pw, _chk_pw, "owner"),
    ("crusher_telemetry_cf26_licence_key", ["crusher", "telemetry", "licence", "key"],
     "licence key of the crusher telemetry gateway software (layout invented): `CTL-` + three groups of five of "
     "0-9 A-Z joined by `-` + `-` + one control letter computed with the Italian codice fiscale rule over the 15 "
     "symbols (odd positions through the odd table 1 0 5 7 9 13 15 17 19 21 ..., even positions through 0-25, "
     "sum mod 26 read as A-Z)", _gen_cf26, _chk_cf26, "made"),
    ("weighbridge_sync_sdbm_api_token", ["weighbridge", "sync", "api", "token"],
     "API token the weighbridge PCs use to push tickets to the ticketing API (layout invented): `wbs_` + 30 base62 + "
     "`_` + 8 lower-case hex of the real sdbm hash (h = c + (h << 6) + (h << 16) - h, 32 bits) of the 30 characters",
     _gen_sdbm, _chk_sdbm, "made"),
    ("tipper_tablet_abn89_activation_code", ["tipper", "tablet", "activation", "code"],
     "activation code of the cab tablets in Brackenrigg's tippers (layout invented): `TTA-` + 11 digits grouped "
     "2-3-3-3 that satisfy the Australian Business Number rule (subtract 1 from the first digit, weights 10 1 3 5 7 9 "
     "11 13 15 17 19, sum divisible by 89; the first two digits are the check)", _gen_abn, _chk_abn, "made"),
    ("drone_survey_macaroon_upload_token", ["drone", "survey", "upload", "token"],
     "upload token of Hollinsby's stockpile drone surveys: a real libmacaroons v1 macaroon (location, identifier, two "
     "or three first-party caveats, HMAC-SHA256 signature chain from a root key derived as pymacaroons does), "
     "base64url without padding; the root key is drawn from a fixed seed and discarded", _gen_macaroon, _chk_macaroon,
     "made"),
    ("stockpile_pipeline_fernet_key", ["stockpile", "pipeline", "encryption", "key"],
     "Fernet key of the stockpile-volume pipeline (Airflow): 32 random bytes, URL-safe Base64 with padding (44 characters)",
     _gen_fernet, _chk_fernet, "made"),
    ("dispatch_rails_secret_key_base", ["dispatch", "secret", "key", "base"],
     "Rails secret_key_base of Brackenrigg's dispatch app: 128 lower-case hex characters (64 random bytes, as "
     "`bin/rails secret` prints them)", _gen_rails, _chk_rails, "made"),
]
TYPE_BY_NAME = {t[0]: t for t in TYPES}

# ------------------------------------------------------------------ fillers


def d8(rng):
    return "2025-%02d-%02d" % (rng.randrange(3, 12), rng.randrange(1, 29))


def tm(rng):
    return "%02d:%02d:%02d" % (rng.randrange(5, 19), rng.randrange(60), rng.randrange(60))


def person(rng):
    return rng.choice(W.PEOPLE)


YAML_PLAIN_BAD = ":#'\"{}[],&*!|>%@`$\\ "

# ------------------------------------------------------------------ kinds
# each kind: (name, style, description, bad characters, parser, render(rng, key, phrase))


def k_scl(rng, K, P):
    return ("DATA_BLOCK \"DB_SiteSettings\"\n{ S7_Optimized_Access := 'TRUE' }\nAUTHOR : Benchface\nVERSION : 0.%d\n"
            "NON_RETAIN\n   VAR \n      feederSpeedPct : Int := %d;\n      %s : String[254] := '%s';\n"
            "      lastShiftNo : DInt := %d;\n   END_VAR\n\nBEGIN\n\nEND_DATA_BLOCK\n"
            % (rng.randrange(1, 9), rng.randrange(40, 95), K, V, rng.randrange(1000, 9000)))


def k_nodered(rng, K, P):
    return ("// /home/pi/.node-red/settings.js on the wash plant gateway\nmodule.exports = {\n"
            "    uiPort: process.env.PORT || 1880,\n    flowFile: 'flows_washplant.json',\n"
            "    functionGlobalContext: {\n        lagoonAlarmLevelMm: %d,\n        %s: '%s',\n    },\n"
            "    logging: { console: { level: \"info\", metrics: false, audit: false } },\n}\n"
            % (rng.randrange(900, 2400), K, V))


def k_esphome(rng, K, P):
    n = rng.randrange(1, 6)
    return ("substitutions:\n  device_name: lagoon-pump-%d\n  %s: \"%s\"\n\nesphome:\n  name: ${device_name}\n\n"
            "esp32:\n  board: esp32dev\n\nsensor:\n  - platform: ultrasonic\n    trigger_pin: GPIO5\n"
            "    echo_pin: GPIO18\n    name: \"Lagoon %d level\"\n    update_interval: %ds\n"
            % (n, K, V, n, rng.choice([10, 15, 30, 60])))


def k_openwrt(rng, K, P):
    return ("# /etc/config/quarrysync\nconfig settings 'weighbridge'\n\toption enabled '1'\n\toption host '%s'\n"
            "\toption port '%d'\n\toption %s '%s'\n\nconfig settings 'lagoon'\n\toption enabled '0'\n"
            % (W.ip(rng), rng.choice([8443, 9443, 5020]), K, V))


def k_routeros(rng, K, P):
    return ("# wb-sync.rsc - loaded by the scheduler on the weighbridge router\n:global %s \"%s\"\n"
            ":global wbSyncHost \"tickets.scarthwaite-quarry.example\"\n"
            "/tool fetch url=(\"https://\" . $wbSyncHost . \"/api/ping\") keep-result=no\n"
            ":log info \"wb-sync loaded\"\n" % (K, V))


def k_batch(rng, K, P):
    return ("@echo off\nrem start_ticket_sync.cmd on the weighbridge PC (deck %d)\n"
            "set \"TICKET_API=https://tickets.scarthwaite-quarry.example/api\"\nset \"%s=%s\"\n"
            "\"C:\\Program Files\\WeighSync\\weighsync.exe\" --site SCW --deck %d\n"
            % (rng.randrange(1, 3), K, V, rng.randrange(1, 3)))


def k_powershell(rng, K, P):
    return ("# C:\\Users\\weighbridge\\Documents\\PowerShell\\Microsoft.PowerShell_profile.ps1\n"
            "$env:TICKET_API = 'https://tickets.scarthwaite-quarry.example/api'\n$env:%s = '%s'\n"
            "Set-Location C:\\WeighSync\nImport-Module .\\WeighSync.psm1\n" % (K, V))


def k_kml(rng, K, P):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n  <Document>\n"
            "    <name>Hollinsby stockpile survey %s</name>\n    <ExtendedData>\n"
            "      <Data name=\"pilot\"><value>%s</value></Data>\n      <Data name=\"%s\"><value>%s</value></Data>\n"
            "    </ExtendedData>\n    <Placemark><name>GCP %d</name><Point><coordinates>-0.79%02d,53.06%02d,%d.%d"
            "</coordinates></Point></Placemark>\n  </Document>\n</kml>\n"
            % (d8(rng), person(rng), K, V, rng.randrange(1, 9), rng.randrange(100), rng.randrange(100),
               rng.randrange(8, 20), rng.randrange(10)))


def k_geojson_fix(rng, K, P):
    a = [rng.randrange(100, 999) for _ in range(6)]
    return ("{\"type\": \"FeatureCollection\", \"name\": \"scarthwaite_extraction_boundary\", \"features\": [{\"type\": "
            "\"Feature\", \"properties\": {\"phase\": %d, \"surveyed\": \"%s\", \"%s\": \"%s\"}, \"geometry\": {\"type\": "
            "\"Polygon\", \"coordinates\": [[[-2.0%d, 54.0%d], [-2.0%d, 54.0%d], [-2.0%d, 54.0%d], "
            "[-2.0%d, 54.0%d]]]}}]}\n"
            % (rng.randrange(1, 5), d8(rng), K, V, a[0], a[1], a[2], a[3], a[4], a[5], a[0], a[1]))


def k_dxf(rng, K, P):
    return ("0\nSECTION\n2\nENTITIES\n0\nTEXT\n8\nNOTES\n10\n%d.5\n20\n%d.0\n30\n0.0\n40\n2.5\n1\nBench %d drill pattern "
            "B%d, burden 3.2 spacing 3.8\n0\nTEXT\n8\nNOTES\n10\n%d.5\n20\n%d.0\n30\n0.0\n40\n1.8\n1\n%s %s\n0\nENDSEC\n"
            "0\nEOF\n" % (rng.randrange(300, 500), rng.randrange(50, 120), rng.randrange(1, 5), rng.randrange(10, 40),
                          rng.randrange(300, 500), rng.randrange(10, 40), P, V))


def k_qgis(rng, K, P):
    return ("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis projectname=\"Scarthwaite extraction plan\" "
            "version=\"3.34.%d-Prizren\">\n  <title>Scarthwaite extraction plan</title>\n  <projectCrs>\n    <spatialrefsys>"
            "<authid>EPSG:27700</authid></spatialrefsys>\n  </projectCrs>\n  <customproperties>\n    <Option type=\"Map\">\n"
            "      <Option name=\"survey_epoch\" value=\"%s\" type=\"QString\"/>\n      <Option name=\"%s\" value=\"%s\" "
            "type=\"QString\"/>\n    </Option>\n  </customproperties>\n</qgis>\n" % (rng.randrange(1, 9), d8(rng), K, V))


def k_rails(rng, K, P):
    return ("$ bin/rails credentials:edit --environment production   # saved copy of the decrypted buffer\n"
            "# config/credentials/production.yml.enc (decrypted)\nweighbridge:\n  site: scarthwaite\n  %s: \"%s\"\n"
            "aws:\n  region: eu-west-2\n" % (K, V))


def k_spring(rng, K, P):
    return ("spring:\n  application:\n    name: tickets\n  datasource:\n    url: jdbc:postgresql://%s:5432/tickets\n"
            "quarry:\n  site-code: SCW\n  %s: %s\nserver:\n  port: 8081\n" % (W.ip(rng), K, V))


def k_webconfig(rng, K, P):
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n"
            "    <add key=\"TicketApiBase\" value=\"https://tickets.scarthwaite-quarry.example/api\" />\n"
            "    <add key=\"%s\" value=\"%s\" />\n    <add key=\"DeckCount\" value=\"2\" />\n  </appSettings>\n"
            "  <system.web>\n    <compilation targetFramework=\"4.8\" />\n  </system.web>\n</configuration>\n" % (K, V))


def k_elixir(rng, K, P):
    return ("import Config\n\nif config_env() == :prod do\n  config :haulage, HaulageWeb.Endpoint,\n"
            "    url: [host: \"dispatch.brackenrigg-haulage.example\", port: 443]\n\n  config :haulage, %s: \"%s\"\n"
            "  config :haulage, :tachograph_sync_minutes, %d\nend\n" % (K, V, rng.choice([15, 30, 60])))


def k_drupal(rng, K, P):
    return ("<?php\n// web/sites/default/settings.local.php (bulk-bag shop)\n$settings['file_private_path'] = "
            "'/var/www/private';\n$settings['%s'] = '%s';\n$config['system.logging']['error_level'] = 'hide';\n"
            % (K, V))


def k_odoo(rng, K, P):
    return ("[options]\naddons_path = /opt/odoo/addons,/opt/odoo/quarry_addons\ndb_host = %s\ndb_port = 5432\n"
            "%s = %s\nproxy_mode = True\nworkers = %d\n" % (W.ip(rng), K, V, rng.randrange(2, 9)))


def k_gradle(rng, K, P):
    return ("org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8\nandroid.useAndroidX=true\nkotlin.code.style=official\n"
            "%s=%s\nepodApiBase=https://epod-api.brackenrigg-haulage.example/v2\n" % (K, V))


def k_angular(rng, K, P):
    return ("export const environment = {\n  production: true,\n  apiBase: 'https://epod-api.brackenrigg-haulage.example/v2',\n"
            "  %s: '%s',\n  mapTileUrl: 'https://tiles.benchface.example/{z}/{x}/{y}.png',\n};\n" % (K, V))


def k_appsscript(rng, K, P):
    return ("// Code.gs - bound to the \"Haul log %d\" sheet\nconst DISPATCH_URL = 'https://dispatch.brackenrigg-haulage.example/api/loads';\n"
            "const %s = '%s';\n\nfunction pushLoads() {\n  const rows = SpreadsheetApp.getActiveSheet().getDataRange().getValues();\n"
            "  // ...\n}\n" % (rng.choice([2024, 2025]), K, V))


def k_vba(rng, K, P):
    return ("Attribute VB_Name = \"modTicketExport\"\nOption Explicit\n\nPublic Const TICKET_API As String = "
            "\"https://tickets.scarthwaite-quarry.example/api/v2\"\nPublic Const %s As String = \"%s\"\n\n"
            "Sub ExportTickets()\n    ' copies yesterday's tickets into the Tonnage sheet\nEnd Sub\n" % (K, V))


def k_powerquery(rng, K, P):
    return ("let\n    Source = Json.Document(Web.Contents(\"https://tickets.scarthwaite-quarry.example/api/v2/tickets?from=%s\", "
            "[Headers=[#\"%s\"=\"%s\", Accept=\"application/json\"]])),\n    Tickets = Table.FromRecords(Source[items])\n"
            "in\n    Tickets\n" % (d8(rng), K, V))


def k_helm(rng, K, P):
    return ("image:\n  repository: registry.benchface.example/tickets\n  tag: \"2.%d.%d\"\nreplicaCount: %d\nenv:\n"
            "  springProfilesActive: prod\n  %s: \"%s\"\n" % (rng.randrange(10, 20), rng.randrange(10), rng.randrange(1, 4), K, V))


def k_kustomize(rng, K, P):
    return ("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: quarry\nresources:\n"
            "  - deployment.yaml\nsecretGenerator:\n  - name: dispatch-env\n    literals:\n      - RAILS_ENV=production\n"
            "      - %s=%s\n" % (K, V))


def k_configmap(rng, K, P):
    return ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: weighsync-env\n  namespace: quarry\ndata:\n"
            "  TICKET_API: \"https://tickets.scarthwaite-quarry.example/api\"\n  %s: \"%s\"\n" % (K, V))


def k_jenkins(rng, K, P):
    return ("pipeline {\n  agent { label 'linux' }\n  environment {\n    TICKET_API = 'https://tickets.scarthwaite-quarry.example/api'\n"
            "    %s = '%s'\n  }\n  stages {\n    stage('Smoke') {\n      steps { sh './gradlew smokeTest' }\n    }\n  }\n}\n"
            % (K, V))


def k_make(rng, K, P):
    return ("# Makefile for the lagoon sensor bridge\nexport SITE := hollinsby\nexport %s := %s\n\n"
            "deploy:\n\trsync -a build/ pi@%s:/opt/lagoon/\n" % (K, V, W.ip(rng)))


def k_htaccess(rng, K, P):
    return ("# /var/www/shop/.htaccess\nRewriteEngine On\nSetEnv SHOP_ENV production\nSetEnv %s %s\n"
            "<FilesMatch \"\\.(env|ini)$\">\n  Require all denied\n</FilesMatch>\n" % (K, V))


def k_tfstate(rng, K, P):
    return ("{\n  \"version\": 4,\n  \"terraform_version\": \"1.8.%d\",\n  \"serial\": %d,\n  \"lineage\": \"%s\",\n"
            "  \"outputs\": {\n    \"%s\": {\n      \"value\": \"%s\",\n      \"type\": \"string\"\n    }\n  },\n"
            "  \"resources\": []\n}\n" % (rng.randrange(6), rng.randrange(10, 200), C.uuid4(rng), K, V))


def k_hiera(rng, K, P):
    return ("---\n# data/nodes/wb-kiosk.scarthwaite-quarry.example.yaml\nprofile::weighsync::deck_count: 2\n"
            "profile::weighsync::%s: '%s'\nprofile::base::ntp_servers:\n  - 0.uk.pool.ntp.org\n" % (K, V))


def k_docker_inspect(rng, K, P):
    return ("[\n    {\n        \"Id\": \"%s\",\n        \"Name\": \"/weighsync\",\n        \"Config\": {\n"
            "            \"Hostname\": \"%s\",\n            \"Env\": [\n                \"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\",\n"
            "                \"%s=%s\",\n                \"TZ=Europe/London\"\n            ],\n"
            "            \"Image\": \"registry.benchface.example/weighsync:3.2\"\n        }\n    }\n]\n"
            % (C.pick(rng, C.HEXL, 64), C.pick(rng, C.HEXL, 12), K, V))


def k_describe(rng, K, P):
    return ("Name:             tickets-%s-%s\nNamespace:        quarry\nNode:             k8s-worker-%d/%s\n"
            "Status:           Running\nContainers:\n  tickets:\n    Image:          registry.benchface.example/tickets:2.14.1\n"
            "    Port:           8081/TCP\n    Environment:\n      SPRING_PROFILES_ACTIVE:  prod\n      %s:  %s\n"
            "    Mounts:\n      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-%s (ro)\n"
            % (C.pick(rng, C.LOWALNUM, 10), C.pick(rng, C.LOWALNUM, 5), rng.randrange(1, 4), W.ip(rng), K, V,
               C.pick(rng, C.LOWALNUM, 5)))


def k_accesslog(rng, K, P):
    return ("%s - - [%02d/May/2025:%s +0100] \"GET /api/v1/sync?site=scw&%s=%s&deck=%d HTTP/1.1\" 200 %d \"-\" "
            "\"WeighSync/3.2\"\n" % (W.ip(rng), rng.randrange(1, 29), tm(rng), K, V, rng.randrange(1, 3),
                                     rng.randrange(200, 900)))


def k_har(rng, K, P):
    return ("{\"log\": {\"version\": \"1.2\", \"creator\": {\"name\": \"Firefox\", \"version\": \"126.0\"}, \"entries\": "
            "[{\"startedDateTime\": \"%sT%s.123Z\", \"request\": {\"method\": \"GET\", \"url\": "
            "\"https://epod-api.brackenrigg-haulage.example/v2/jobs?day=today\", \"headers\": [{\"name\": \"Accept\", "
            "\"value\": \"application/json\"}, {\"name\": \"%s\", \"value\": \"%s\"}]}, \"response\": {\"status\": 200}}]}}\n"
            % (d8(rng), tm(rng), K, V))


def k_nushell(rng, K, P):
    return ("cd ~/src/haulage\ngit pull --rebase\n$env.%s = \"%s\"\nmix phx.server\nls | where size > 1mb\n" % (K, V))


def k_telegram(rng, K, P):
    who = person(rng)
    return ("{\n \"name\": \"%s\",\n \"type\": \"personal_chat\",\n \"id\": %d,\n \"messages\": [\n  {\n   \"id\": %d,\n"
            "   \"type\": \"message\",\n   \"date\": \"%sT%s\",\n   \"from\": \"%s\",\n   \"from_id\": \"user%d\",\n"
            "   \"text\": \"morning - the %s is %s until the auditors have been\"\n  }\n ]\n}\n"
            % (who, rng.randrange(10 ** 8, 10 ** 9), rng.randrange(1000, 9999), d8(rng), tm(rng), person(rng),
               rng.randrange(10 ** 8, 10 ** 9), P, V))


def k_emlx(rng, K, P):
    a, b = rng.sample(W.PEOPLE, 2)
    msg = ("From: %s <%s>\nTo: %s <%s>\nSubject: Re: site handover\nDate: Mon, %d May 2025 %s +0100\n"
           "Message-Id: <%s@benchface.example>\nContent-Type: text/plain; charset=utf-8\n\nHi %s,\n\n"
           "The %s is now %s (changed after the audit).\n\n%s\n"
           % (a, W.email(a), b, W.email(b), rng.randrange(1, 29), tm(rng), C.pick(rng, C.HEXL, 16), W.first(b), P, V,
              W.first(a)))
    return msg


def k_jira(rng, K, P):
    return ("{\"version\": 1, \"type\": \"doc\", \"content\": [{\"type\": \"paragraph\", \"content\": [{\"type\": \"text\", "
            "\"text\": \"Tested on the %s unit this morning. For the record the %s is %s - we still need a proper "
            "vault entry.\"}]}]}\n" % (rng.choice(["Scarthwaite", "Hollinsby", "Brackenrigg"]), P, V))


def k_confluence(rng, K, P):
    return ("<h2>Site systems</h2>\n<table><tbody><tr><th>System</th><th>Value</th></tr><tr><td>Weighbridge decks</td>"
            "<td>2</td></tr><tr><td>%s</td><td>%s</td></tr></tbody></table>\n" % (K, V))


def k_enex(rng, K, P):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE en-export SYSTEM \"http://xml.evernote.com/pub/evernote-export4.dtd\">\n"
            "<en-export export-date=\"%sT080000Z\" application=\"Evernote\" version=\"10.87\">\n  <note>\n"
            "    <title>Quarry logins</title>\n    <content><![CDATA[<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            "<!DOCTYPE en-note SYSTEM \"http://xml.evernote.com/pub/enml2.dtd\"><en-note><div>%s %s</div>"
            "<div>ask %s before changing it</div></en-note>]]></content>\n  </note>\n</en-export>\n"
            % (d8(rng).replace("-", ""), P, V, W.first(person(rng))))


def k_rtf(rng, K, P):
    return ("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Calibri;}}\\f0\\fs22 Shift handover %s\\par\n"
            "Crusher ran %d h, no trips.\\par\n%s: %s\\par\n}\n" % (d8(rng), rng.randrange(6, 11), P, V))


def k_vcard(rng, K, P):
    return ("BEGIN:VCARD\nVERSION:3.0\nFN:Crusher service desk\nORG:Benchface Digital\nTEL;TYPE=WORK:+44 1756 %06d\n"
            "NOTE:%s %s - ask %s before changing\nEND:VCARD\n" % (rng.randrange(10 ** 5, 10 ** 6), P, V,
                                                                   W.first(person(rng))))


def k_escpos(rng, K, P):
    return ("\x1b@\x1ba\x01\x1bE\x01SCARTHWAITE QUARRY\n\x1bE\x00Ticket %d  Deck %d\n\x1ba\x00Gross  %d.%02d t\n"
            "Tare   %d.%02d t\n%s: %s\n\n\n\x1dV\x41\x03" % (rng.randrange(40000, 60000), rng.randrange(1, 3),
                                                           rng.randrange(28, 44), rng.randrange(100),
                                                           rng.randrange(12, 16), rng.randrange(100), P.title(), V))


def k_exif(rng, K, P):
    return ("ExifTool Version Number         : 12.76\nFile Name                       : IMG_%d.HEIC\n"
            "Make                            : Apple\nCamera Model Name               : iPhone 13\n"
            "Date/Time Original              : 2025:%02d:%02d %s\nImage Description               : %s %s\n"
            "GPS Position                    : 54 deg 4' %d.%02d\" N, 2 deg 0' %d.%02d\" W\n"
            % (rng.randrange(1000, 9999), rng.randrange(3, 12), rng.randrange(1, 29), tm(rng), P, V,
               rng.randrange(10, 59), rng.randrange(100), rng.randrange(10, 59), rng.randrange(100)))


def k_spreadsheetml(rng, K, P):
    return ("<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
            "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\">\n <Worksheet ss:Name=\"Logins\">\n  <Table>\n"
            "   <Row><Cell><Data ss:Type=\"String\">System</Data></Cell><Cell><Data ss:Type=\"String\">Value</Data></Cell></Row>\n"
            "   <Row><Cell><Data ss:Type=\"String\">%s</Data></Cell><Cell><Data ss:Type=\"String\">%s</Data></Cell></Row>\n"
            "  </Table>\n </Worksheet>\n</Workbook>\n" % (K, V))


XML_BAD = "&<>\"'"
JSON_BAD = "\"\\"
KINDS = [
    ("crusher_s7_scl_data_block", "camel", "Siemens SCL source of a global data block on the primary crusher PLC", "'$\\", None, k_scl),
    ("wash_plant_nodered_settings_js", "camel", "Node-RED settings.js (functionGlobalContext) on the wash plant gateway", "'\\", None, k_nodered),
    ("pump_level_esphome_yaml", "snake", "ESPHome YAML of a lagoon pump level sensor (substitutions block)", "\"\\$", None, k_esphome),
    ("site_router_openwrt_uci", "snake", "OpenWrt UCI config file on the quarry's 4G router", "'\\", None, k_openwrt),
    ("weighbridge_routeros_script_rsc", "camel", "MikroTik RouterOS script (.rsc) on the weighbridge router", "\"\\$", None, k_routeros),
    ("weighbridge_pc_batch_cmd", "upper", "Windows batch file starting the ticket sync on the weighbridge PC", "%^&|<>\"!", None, k_batch),
    ("weighbridge_pc_powershell_profile", "upper", "PowerShell profile of the weighbridge PC", "'", None, k_powershell),
    ("survey_drone_kml_extended_data", "camel", "KML of a drone survey flight with ExtendedData", XML_BAD, "xml", k_kml),
    ("site_boundary_geojson_properties", "snake", "GeoJSON of the extraction boundary (feature properties)", JSON_BAD, "json", k_geojson_fix),
    ("blast_design_dxf_text_entity", "spaced", "DXF blast design drawing with a TEXT entity on the NOTES layer", "%", None, k_dxf),
    ("quarry_gis_qgis_project_xml", "snake", "QGIS project file (.qgs) custom properties", XML_BAD, "xml", k_qgis),
    ("dispatch_rails_credentials_yml", "snake", "decrypted Rails credentials buffer of the dispatch app", JSON_BAD, None, k_rails),
    ("tickets_spring_application_yml", "kebab", "Spring Boot application.yml of the ticketing API (plain scalar)", YAML_PLAIN_BAD, None, k_spring),
    ("portal_aspnet_web_config", "pascal", "ASP.NET web.config appSettings of the old customer portal", XML_BAD, "xml", k_webconfig),
    ("haulage_elixir_runtime_exs", "snake", "Elixir config/runtime.exs of the tachograph sync service", "\"\\#", None, k_elixir),
    ("shop_drupal_settings_php", "snake", "Drupal settings.local.php of the bulk-bag shop", "'\\", None, k_drupal),
    ("erp_odoo_conf", "snake", "Odoo server config (odoo.conf)", ";#%\\", "ini", k_odoo),
    ("epod_gradle_properties", "camel", "gradle.properties of the ePOD Android app", "\\#!", None, k_gradle),
    ("epod_angular_environment_ts", "camel", "Angular environment.prod.ts of the ePOD web app", "'\\", None, k_angular),
    ("haul_log_apps_script_gs", "upper", "Google Apps Script (Code.gs) bound to the haul log sheet", "'\\", None, k_appsscript),
    ("office_excel_vba_module_bas", "upper", "exported VBA module of the tonnage workbook", "\"", None, k_vba),
    ("office_power_query_m", "header", "Power Query M formula pulling tickets into Excel", "\"#", None, k_powerquery),
    ("ops_helm_values_yaml", "camel", "Helm values.yaml of the ticketing chart", JSON_BAD, None, k_helm),
    ("ops_kustomize_secret_generator", "upper", "kustomization.yaml secretGenerator literals", YAML_PLAIN_BAD, None, k_kustomize),
    ("ops_k8s_configmap_yaml", "upper", "Kubernetes ConfigMap manifest (a value that belonged in a Secret)", JSON_BAD, None, k_configmap),
    ("ops_jenkinsfile_environment", "upper", "Jenkinsfile environment block", "'\\$", None, k_jenkins),
    ("ops_makefile_export", "upper", "Makefile export of the lagoon sensor bridge", "#$\\ ", None, k_make),
    ("ops_apache_htaccess_setenv", "upper", "Apache .htaccess SetEnv of the shop", "\"#\\ ", None, k_htaccess),
    ("ops_terraform_tfstate_json", "snake", "terraform.tfstate output value", JSON_BAD, "json", k_tfstate),
    ("ops_puppet_hiera_yaml", "snake", "Puppet Hiera node data (profile::class::key)", "'", None, k_hiera),
    ("ops_docker_inspect_env_json", "upper", "docker inspect output (Config.Env)", JSON_BAD, "json", k_docker_inspect),
    ("ops_kubectl_describe_pod_env", "upper", "kubectl describe pod output (Environment section)", " ", None, k_describe),
    ("ops_apache_access_log_query", "snake", "Apache access log line with the value in the query string", "&#?%+ \"", None, k_accesslog),
    ("dev_har_capture_json", "header", "browser HAR capture (request header)", JSON_BAD, "json", k_har),
    ("dev_nushell_history", "upper", "nushell history.txt of a developer", JSON_BAD, None, k_nushell),
    ("office_telegram_export_json", "spaced", "Telegram Desktop chat export (result.json)", JSON_BAD, "json", k_telegram),
    ("office_apple_mail_emlx", "spaced", "Apple Mail .emlx message", "", "emlx", k_emlx),
    ("office_jira_adf_comment_json", "spaced", "Jira comment in Atlassian Document Format (JSON)", JSON_BAD, "json", k_jira),
    ("office_confluence_storage_xhtml", "title", "Confluence page storage format (XHTML table)", XML_BAD, "xmlfrag", k_confluence),
    ("office_evernote_enex", "spaced", "Evernote ENEX export of a note", XML_BAD, "xml", k_enex),
    ("office_rtf_handover_doc", "spaced", "RTF shift handover document", "\\{}", None, k_rtf),
    ("office_vcard_note", "spaced", "vCard of a service contact with a NOTE", ",;\\", None, k_vcard),
    ("office_escpos_ticket_job", "title", "ESC/POS print job of a weighbridge ticket (value printed on the ticket)", "", None, k_escpos),
    ("office_photo_exiftool_caption", "spaced", "exiftool output of a photo whose caption holds the value", "", None, k_exif),
    ("office_spreadsheetml_2003_xml", "title", "Excel 2003 XML Spreadsheet (SpreadsheetML) row", XML_BAD, "xml", k_spreadsheetml),
]
assert len(KINDS) == 45
KIND_BY_NAME = {k[0]: k for k in KINDS}


def pairing(seed=27011):
    rng = random.Random(seed)
    kinds = [k[0] for k in KINDS]
    slots = []
    for b in range(15):
        perm = [t[0] for t in TYPES]
        rng.shuffle(perm)
        for j in range(3):
            kind = kinds[3 * b + j]
            for t in perm[4 * j:4 * j + 4]:
                slots.append((kind, t))
    return slots


def build(reg, seed=27001):
    rng = random.Random(seed)
    MACAROON_ROOT.clear()
    recs = []
    for kind, tname in pairing():
        kname, style, kdesc, bad, parser, render = KIND_BY_NAME[kind]
        t = TYPE_BY_NAME[tname]
        key = C.style_key(t[1], style)
        if kind == "ops_puppet_hiera_yaml":
            key = C.style_key(t[1], "snake")
        phrase = C.style_key(t[1], "spaced")

        def gen():
            for _ in range(200):
                v = t[3](rng, bad)
                if not any(ch in bad for ch in v):
                    return v
            raise RuntimeError("no value for %s in %s" % (tname, kind))

        value = reg.draw(gen)
        tmpl = render(rng, key, phrase)
        assert tmpl.count(V) == 1
        start = tmpl.index(V)
        text = tmpl.replace(V, value)
        if kind == "office_apple_mail_emlx":
            head = "%d\n" % len(text.encode())
            tail = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n\t<key>date-received</key>\n"
                    "\t<integer>%d</integer>\n\t<key>flags</key>\n\t<integer>8590195713</integer>\n</dict>\n</plist>\n"
                    % (1746000000 + rng.randrange(10 ** 6)))
            text = head + text + tail
            start += len(head)
        recs.append({"type": tname, "container": kind, "text": text,
                     "secrets": [{"value": value, "start": start, "end": start + len(value), "type": tname}],
                     "source": "everyday"})
    return recs
