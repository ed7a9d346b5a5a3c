"""Everyday positives: 12 types x 45 container kinds, 4 records per kind."""
import base64
import json

from common259 import (ALNUM, DIGITS, HEXL, LALNUM, SIPHASH_KEY, b64std, draw, jwt_ps256, mod1110,
                       murmur3_32, rbytes, rstr, siphash24, uuid4)
from world259 import FIRMS, PEOPLE, password

MARK = "\ue000"

# ------------------------------------------------------------------ types
TYPES = [
    ("fitting_van_tablet_password", "pw",
     "owner-chosen unlock password of the Harrowgate saddle fitters' van tablets (fitting records, tracings, card reader)"),
    ("leather_laser_cutter_pc_password", "pw",
     "owner-chosen login of the PC that drives the leather laser cutter (cut files, job queue)"),
    ("tack_shop_epos_manager_password", "pw",
     "owner-chosen manager login of the Bridlecombe EPOS tills (refunds, price overrides, end of day)"),
    ("cnc_stitcher_hmi_password", "pw",
     "owner-chosen engineer password of the HMI on Harrowgate's CNC pattern stitcher (stitch programs, thread tension)"),
    ("saddle_room_climate_gateway_password", "pw",
     "owner-chosen admin password of the gateway that reads the saddle-room humidity and temperature sensors"),
    ("embroidery_station_pc_password", "pw",
     "owner-chosen password of the PC that runs the saddle-cloth embroidery machine"),
    ("fitting_records_ps256_jwt", "jwt",
     "service token of the saddle-fitting records API: real PS256 JWT (header {alg, typ, kid}, payload "
     "{iss, sub, aud, iat, exp, jti, scope}), RSASSA-PSS with SHA-256, MGF1-SHA-256 and a 32-byte salt under a "
     "discarded 2048-bit RSA key"),
    ("tack_webshop_laravel_app_key", "laravel",
     "Laravel APP_KEY of the Bridlecombe web shop: `base64:` + standard Base64 of exactly 32 random bytes "
     "(as `php artisan key:generate` writes it)"),
    ("stitcher_telemetry_siphash_token", "sip",
     "API token of the stitcher telemetry service (layout invented): `stx_` + 26 base62 + `_` + 16 lower-case hex "
     "of the real SipHash-2-4 (key 00 01 02 ... 0f) of the 26 characters"),
    ("stock_feed_murmur3_key", "mur",
     "key of the supplier stock-feed sync (layout invented): `sfk-` + 24 lower-case alphanumerics + `-` + 8 "
     "lower-case hex of the real MurmurHash3 x86_32 (seed 0) of the 24 characters"),
    ("saddle_fit_app_mod1110_licence", "lic",
     "site licence key of the saddle-fitting app (layout invented): `SFL-` + three groups of five digits + `-` + "
     "the real ISO 7064 MOD 11,10 check digit of the fifteen digits"),
    ("shop_staff_totp_seed", "totp",
     "TOTP shared seed of the shop staff's two-factor login: RFC 4648 Base32 (no padding, 32 characters) of "
     "exactly 20 random bytes"),
]
TYPE_NAMES = [t[0] for t in TYPES]
ALGO_WORDS = {"ps256", "siphash", "murmur3", "mod1110"}

JWT_KEY_HOLDER = {}


def key_words(tname):
    return [w for w in tname.split("_") if w not in ALGO_WORDS]


def style_key(tname, style):
    w = key_words(tname)
    if style == "upper":
        return "_".join(w).upper()
    if style == "snake":
        return "_".join(w)
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in w)
    if style == "kebab":
        return "-".join(w)
    if style == "dot":
        return ".".join(w)
    if style == "spaced":
        return " ".join(w)
    if style == "title":
        return " ".join(x.capitalize() for x in w)
    if style == "train":
        return "X-" + "-".join(x.capitalize() for x in w)
    raise ValueError(style)


# ------------------------------------------------------------------ value makers
def make_value(kind, rng, ctx):
    if kind == "pw":
        return password(rng, strict=False, cap=0.4)
    if kind == "jwt":
        key = ctx["rsa"]
        iat = 1714000000 + rng.randrange(0, 30000000)
        sub = rng.choice(["van-%02d" % rng.randrange(1, 15), "svc:fitting-sync", "svc:tracing-upload",
                          "tablet-%03d" % rng.randrange(100, 999)])
        payload = {"iss": "https://auth.harrowgate-saddlery.example", "sub": sub, "aud": "fitting-records-api",
                   "iat": iat, "exp": iat + rng.choice([86400 * 30, 86400 * 90, 3600 * 12]), "jti": uuid4(rng),
                   "scope": rng.choice(["fittings:read fittings:write", "fittings:read", "tracings:write"])}
        return jwt_ps256(key, {"alg": "PS256", "typ": "JWT", "kid": ctx["rsa_kid"]}, payload, rng)
    if kind == "laravel":
        return "base64:" + b64std(rbytes(rng, 32))
    if kind == "sip":
        body = rstr(rng, ALNUM, 26)
        return "stx_%s_%016x" % (body, siphash24(SIPHASH_KEY, body.encode()))
    if kind == "mur":
        body = rstr(rng, LALNUM, 24)
        return "sfk-%s-%08x" % (body, murmur3_32(body.encode(), 0))
    if kind == "lic":
        d = rstr(rng, DIGITS, 15)
        return "SFL-%s-%s-%s-%d" % (d[:5], d[5:10], d[10:], mod1110(d))
    if kind == "totp":
        return base64.b32encode(rbytes(rng, 20)).decode().rstrip("=")
    raise ValueError(kind)


# ------------------------------------------------------------------ containers
def _p(rng):
    return rng.choice(PEOPLE)


def _fn(rng):
    return _p(rng).split()[0]


def _ip(rng, net="10.73"):
    return "%s.%d.%d" % (net, rng.randrange(1, 40), rng.randrange(2, 250))


def _date(rng):
    return "2024-%02d-%02d" % (rng.randrange(1, 13), rng.randrange(1, 29))


def _ts(rng):
    return 1714000000 + rng.randrange(0, 30000000)


def _hm(rng):
    return "%02d:%02d" % (rng.randrange(7, 19), rng.randrange(60))


H = {f: FIRMS[f][1] for f in FIRMS}


def k_esphome(K, r):
    return ("# tack-room sensors - secrets.yaml (kept out of git... in theory)\n"
            "wifi_ssid: \"CurriersYard\"\n"
            "mqtt_broker: \"mqtt.%s\"\n"
            "%s: \"%s\"\n"
            "fallback_ap_name: \"tackroom-%02d\"\n" % (H["curriers"], K, MARK, r.randrange(1, 9)))


def k_systemd(K, r):
    return ("[Unit]\nDescription=Laser job queue (LightBurn bridge)\nAfter=network-online.target\n\n[Service]\n"
            "User=laser\nWorkingDirectory=/opt/laserq\n"
            "Environment=\"LASERQ_SPOOL=/var/spool/laserq\"\n"
            "Environment=\"%s=%s\"\n"
            "ExecStart=/opt/laserq/bin/laserq --listen 0.0.0.0:%d\nRestart=on-failure\n\n[Install]\n"
            "WantedBy=multi-user.target\n" % (K, MARK, r.randrange(8000, 8999)))


def k_micropython(K, r):
    return ("# config.py - stitch counter on the Cobra bench (ESP32, MicroPython 1.22)\n"
            "BROKER = \"%s\"\nTOPIC = b\"workshop/stitcher/%d\"\nSAMPLE_MS = %d\n"
            "%s = \"%s\"\n" % (_ip(r), r.randrange(1, 6), r.choice([250, 500, 1000]), K, MARK))


def k_nodered(K, r):
    return ("// settings.js (excerpt) - Node-RED on the yard gateway\nmodule.exports = {\n"
            "    uiPort: process.env.PORT || 1880,\n    flowFile: 'flows.json',\n"
            "    functionGlobalContext: {\n        yardName: 'Curriers Row',\n        %s: '%s',\n    },\n"
            "    logging: { console: { level: 'info' } },\n};\n" % (K, MARK))


def k_ha(K, r):
    return ("# /config/secrets.yaml - Home Assistant on the yard gateway\n"
            "latitude_home: 52.5%d\nlongitude_home: -1.9%d\n"
            "%s: \"%s\"\n"
            "saddle_room_sensor_prefix: sr_%d\n" % (r.randrange(10, 99), r.randrange(10, 99), K, MARK,
                                                    r.randrange(1, 9)))


def k_psprofile(K, r):
    return ("# Microsoft.PowerShell_profile.ps1 on EMB-PC02\nSet-Location D:\\Designs\n"
            "$env:WILCOM_DESIGNS = 'D:\\Designs\\Cloths'\n"
            "$env:%s = '%s'\n"
            "function cloths { Get-ChildItem D:\\Designs\\Cloths -Filter *.emb | Sort-Object LastWriteTime }\n"
            % (K, MARK))


def k_psreadline(K, r):
    return ("cd D:\\Designs\\Cloths\nGet-ChildItem *.emb | Measure-Object\n"
            "[Environment]::SetEnvironmentVariable('%s', '%s', 'User')\n"
            "Restart-Service EmbroiderySpooler\nGet-Service EmbroiderySpooler\nexit\n" % (K, MARK))


def k_laravel_env(K, r):
    return ("APP_NAME=\"Bridlecombe Tack\"\nAPP_ENV=production\nAPP_DEBUG=false\n"
            "APP_URL=https://shop.%s\n\nDB_CONNECTION=mysql\nDB_HOST=%s\nDB_DATABASE=shop\n\n"
            "%s=%s\n\nQUEUE_CONNECTION=redis\n" % (H["bridlecombe"], _ip(r), K, MARK))


def k_laravel_services(K, r):
    return ("<?php\n\n// config/services.php\nreturn [\n    'postmark' => ['token' => env('POSTMARK_TOKEN')],\n"
            "    'bridlecombe' => [\n        'branch' => 'walsall',\n        '%s' => '%s', // TODO move to .env\n"
            "    ],\n];\n" % (K, MARK))


def k_rails_creds(K, r):
    return ("$ EDITOR=cat bin/rails credentials:show\n"
            "# aws:\n#   access_key_id: \n\n"
            "fitting_bookings:\n  branch_code: hg-%02d\n  %s: \"%s\"\n\nmailer_from: bookings@%s\n"
            % (r.randrange(1, 20), K, MARK, H["harrowgate"]))


def k_phoenix(K, r):
    return ("# config/runtime.exs\nimport Config\n\nif config_env() == :prod do\n"
            "  config :bookings, BookingsWeb.Endpoint,\n    url: [host: \"book.%s\", port: 443]\n\n"
            "  config :bookings,\n    %s: \"%s\"\nend\n" % (H["harrowgate"], K, MARK))


def k_appsettings(K, r):
    d = {"Logging": {"LogLevel": {"Default": "Warning"}},
         "FittingApi": {"Region": "uk-west", K: MARK},
         "AllowedHosts": "*.%s" % H["harrowgate"]}
    return json.dumps(d, indent=2, ensure_ascii=False)


def k_webconfig(K, r):
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n"
            "    <add key=\"TillBranch\" value=\"WAL-%d\" />\n"
            "    <add key=\"%s\" value=\"%s\" />\n  </appSettings>\n"
            "  <system.web><compilation targetFramework=\"4.8\" /></system.web>\n</configuration>\n"
            % (r.randrange(1, 4), K, MARK))


def k_rust_toml(K, r):
    return ("# stock-sync/config.toml\n[sync]\ninterval_secs = %d\nsuppliers = [\"abbey\", \"sedgwick\"]\n\n"
            "[auth]\n%s = \"%s\"\n" % (r.choice([300, 600, 900]), K, MARK))


def k_streamlit(K, r):
    return ("# .streamlit/secrets.toml - pricing dashboard\n[connections.stock]\n"
            "dialect = \"mysql\"\nhost = \"%s\"\ndatabase = \"stock\"\n\n%s = \"%s\"\n"
            % (_ip(r), K, MARK))


def k_expo(K, r):
    return ("// app.config.ts\nimport { ExpoConfig } from 'expo/config';\n\nconst config: ExpoConfig = {\n"
            "  name: 'Harrowgate Fit',\n  slug: 'harrowgate-fit',\n  extra: {\n    apiBase: 'https://fit.%s',\n"
            "    %s: '%s',\n  },\n};\nexport default config;\n" % (H["harrowgate"], K, MARK))


def k_flutter(K, r):
    return ("// lib/env.dart - generated by hand, do not commit (oops)\n"
            "const String apiBase = 'https://fit.%s';\nconst String %s = '%s';\n"
            % (H["harrowgate"], K, MARK))


def k_localprops(K, r):
    return ("## This file must *NOT* be checked into Version Control Systems,\n"
            "sdk.dir=/Users/%s/Library/Android/sdk\nfit.api.base=https://fit.%s\n%s=%s\n"
            % (_fn(r).lower(), H["harrowgate"], K, MARK))


def k_swift(K, r):
    return ("// Secrets.swift\nenum Secrets {\n    static let apiBase = URL(string: \"https://fit.%s\")!\n"
            "    static let %s = \"%s\"\n}\n" % (H["harrowgate"], K, MARK))


def k_dolibarr(K, r):
    return ("<?php\n// htdocs/conf/conf.php (Dolibarr back office)\n$dolibarr_main_url_root='https://erp.%s';\n"
            "$dolibarr_main_db_host='%s';\n$dolibarr_main_db_name='dolibarr';\n"
            "$%s='%s';\n" % (H["bridlecombe"], _ip(r), K, MARK))


def k_fish(K, r):
    return ("# ~/.config/fish/config.fish\nset -gx EDITOR nvim\nset -gx LATIGO_ENV staging\n"
            "set -gx %s '%s'\nfish_add_path ~/go/bin\n" % (K, MARK))


def k_compose(K, r):
    return ("services:\n  stock-sync:\n    image: registry.%s/stock-sync:1.%d\n    restart: unless-stopped\n"
            "    environment:\n      - TZ=Europe/London\n      - %s=%s\n" % (H["latigo"], r.randrange(2, 9), K, MARK))


def k_dockerfile(K, r):
    return ("FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\n"
            "ENV TZ=Europe/London\nENV %s=%s\nCMD [\"python\", \"-m\", \"fitsync\"]\n" % (K, MARK))


def k_docker_inspect(K, r):
    d = [{"Id": rstr(r, HEXL, 64), "Name": "/fitsync",
          "Config": {"Hostname": rstr(r, HEXL, 12),
                     "Env": ["TZ=Europe/London", "%s=%s" % (K, MARK), "PATH=/usr/local/bin:/usr/bin:/bin"],
                     "Image": "registry.%s/fitsync:2.%d" % (H["latigo"], r.randrange(0, 9))}}]
    return "$ docker inspect fitsync\n" + json.dumps(d, indent=4, ensure_ascii=False)


def k_nomad(K, r):
    return ("job \"stock-sync\" {\n  datacenters = [\"walsall\"]\n  group \"sync\" {\n    task \"sync\" {\n"
            "      driver = \"docker\"\n      config { image = \"registry.%s/stock-sync:1.%d\" }\n"
            "      env {\n        TZ = \"Europe/London\"\n        %s = \"%s\"\n      }\n    }\n  }\n}\n"
            % (H["latigo"], r.randrange(2, 9), K, MARK))


def k_serverless(K, r):
    return ("service: fitting-reminders\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  region: eu-west-2\n"
            "  environment:\n    STAGE: prod\n    %s: '%s'\nfunctions:\n  remind:\n    handler: src/remind.handler\n"
            % (K, MARK))


def k_cfn(K, r):
    return ("AWSTemplateFormatVersion: '2010-09-09'\nDescription: fitting reminders\nParameters:\n"
            "  Stage:\n    Type: String\n    Default: prod\n  %s:\n    Type: String\n    NoEcho: false\n"
            "    Default: '%s'\nResources: {}\n" % (K, MARK))


def k_flytoml(K, r):
    return ("app = \"bridlecombe-shop\"\nprimary_region = \"lhr\"\n\n[env]\n  TZ = \"Europe/London\"\n"
            "  %s = \"%s\"\n\n[http_service]\n  internal_port = 8080\n" % (K, MARK))


def k_netlify(K, r):
    return ("[build]\n  command = \"npm run build\"\n  publish = \"dist\"\n\n[context.production.environment]\n"
            "  NODE_VERSION = \"20\"\n  %s = \"%s\"\n" % (K, MARK))


def k_jenkins(K, r):
    return ("pipeline {\n  agent { label 'linux' }\n  environment {\n    REGISTRY = 'registry.%s'\n"
            "    %s = '%s'\n  }\n  stages {\n    stage('Test') { steps { sh 'make test' } }\n  }\n}\n"
            % (H["latigo"], K, MARK))


def k_circleci(K, r):
    return ("version: 2.1\njobs:\n  test:\n    docker:\n      - image: cimg/php:8.3\n    environment:\n"
            "      APP_ENV: testing\n      %s: \"%s\"\n    steps:\n      - checkout\n      - run: composer test\n"
            % (K, MARK))


def k_azpipelines(K, r):
    return ("trigger:\n  - main\npool:\n  vmImage: ubuntu-latest\nvariables:\n  buildConfiguration: Release\n"
            "  %s: '%s'\nsteps:\n  - script: dotnet build --configuration $(buildConfiguration)\n" % (K, MARK))


def k_groupvars(K, r):
    return ("---\n# inventories/prod/group_vars/all.yml (not vaulted yet)\nntp_servers:\n  - %s\n"
            "%s: \"%s\"\nbackup_hour: %d\n" % (_ip(r), K, MARK, r.randrange(0, 5)))


def k_crontab(K, r):
    return ("# m h  dom mon dow   command\nMAILTO=ops@%s\n%s=%s\n"
            "15 2 * * * /opt/stock/bin/nightly-sync >> /var/log/stock-sync.log 2>&1\n" % (H["latigo"], K, MARK))


def k_argocd(K, r):
    return ("apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: fitting-api\n"
            "spec:\n  source:\n    repoURL: https://git.%s/charts.git\n    path: fitting-api\n    helm:\n"
            "      parameters:\n        - name: image.tag\n          value: \"2.%d.0\"\n"
            "        - name: config.%s\n          value: \"%s\"\n" % (H["latigo"], r.randrange(0, 9), K, MARK))


def k_whatsapp(K, r):
    d = "%02d/%02d/2024" % (r.randrange(1, 29), r.randrange(1, 13))
    a, b = r.sample(PEOPLE, 2)
    t0 = r.randrange(8 * 3600, 17 * 3600)
    ts = [t0 + sum(r.randrange(20, 900) for _ in range(k)) for k in range(4)]
    hh = ["%02d:%02d:%02d" % (t // 3600, t // 60 % 60, t % 60) for t in ts]
    return ("[%s, %s] %s: morning, the new till is in at Lichfield\n"
            "[%s, %s] %s: what's the %s again?\n"
            "[%s, %s] %s: %s\n"
            "[%s, %s] %s: \U0001F44D ta\n" % (d, hh[0], a, d, hh[1], b, K, d, hh[2], a, MARK, d, hh[3], b))


def k_slack(K, r):
    msgs = [{"type": "message", "user": "U0" + rstr(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 8),
             "text": "deploying fitting-api 2.%d now" % r.randrange(0, 9), "ts": "%d.%06d" % (_ts(r), r.randrange(10 ** 6))},
            {"type": "message", "user": "U0" + rstr(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 8),
             "text": "%s for staging is %s - rotate after the demo" % (K, MARK),
             "ts": "%d.%06d" % (_ts(r), r.randrange(10 ** 6))}]
    return json.dumps(msgs, indent=2, ensure_ascii=False)


def k_zendesk(K, r):
    return ("Ticket #%d - Till B won't log in after update\n\n%s (Bridlecombe Tack) wrote:\n"
            "Hi, the till at Lichfield is stuck on the login screen. We tried the usual.\n\n"
            "%s (Latigo Labs support) replied:\nCould you try the %s below and let us know?\n%s\n"
            "Thanks, Latigo support\n" % (r.randrange(10000, 99999), _p(r), _p(r), K, MARK))


def k_whiteboard(K, r):
    return ("[OCR of whiteboard photo, workshop, %s]\nTHIS WEEK\n- Albion GP reflock x2\n- 3 bridles for Pony Club order\n"
            "%s: %s\n- ring Sedgwick re: bridle butts\n" % (_date(r), K, MARK))


def k_keep(K, r):
    d = {"color": "YELLOW", "isTrashed": False, "isPinned": True, "title": "shop stuff",
         "textContent": "buy till rolls\n%s %s\nrug wash collection thurs" % (K, MARK),
         "userEditedTimestampUsec": _ts(r) * 1000000}
    return json.dumps(d, indent=2, ensure_ascii=False)


def k_enex(K, r):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE en-export SYSTEM \"http://xml.evernote.com/pub/evernote-export3.dtd\">\n"
            "<en-export application=\"Evernote\" version=\"10.%d\">\n<note><title>Workshop IT</title>\n"
            "<content><![CDATA[<?xml version=\"1.0\" encoding=\"UTF-8\"?><en-note><div>laser PC is the one by the door</div>"
            "<div>%s %s</div></en-note>]]></content>\n<created>20240%dT0930%02dZ</created>\n</note>\n</en-export>\n"
            % (r.randrange(40, 90), K, MARK, r.randrange(1, 9), r.randrange(60)))


def k_sentry(K, r):
    d = {"event_id": rstr(r, HEXL, 32), "level": "error", "platform": "python",
         "exception": {"values": [{"type": "ConnectionError", "value": "feed timed out"}]},
         "extra": {"sys.argv": ["fitsync", "--once"], "environ": {"TZ": "Europe/London", K: MARK}}}
    return json.dumps(d, indent=2, ensure_ascii=False)


def k_journal(K, r):
    d = {"__REALTIME_TIMESTAMP": str(_ts(r) * 1000000), "_SYSTEMD_UNIT": "stock-sync.service",
         "PRIORITY": "3", "MESSAGE": "config dump: TZ=Europe/London %s=%s" % (K, MARK), "_HOSTNAME": "sync01"}
    return "$ journalctl -u stock-sync -o json | tail -n 1\n" + json.dumps(d, ensure_ascii=False)


def k_har(K, r):
    d = {"log": {"version": "1.2", "entries": [{"request": {
        "method": "GET", "url": "https://fit.%s/api/v2/fittings?van=%d" % (H["harrowgate"], r.randrange(1, 15)),
        "headers": [{"name": "Accept", "value": "application/json"}, {"name": K, "value": MARK}]},
        "response": {"status": 200}}]}}
    return json.dumps(d, indent=2, ensure_ascii=False)


def k_http(K, r):
    return ("@base = https://fit.%s/api/v2\n@%s = %s\n\n### list fittings\nGET {{base}}/fittings?van=%d\n"
            "Accept: application/json\n" % (H["harrowgate"], K, MARK, r.randrange(1, 15)))


KINDS = [
    ("tackroom_esphome_secrets_yaml", "snake", "ESPHome secrets.yaml of the tack-room humidity sensors", '"\\', k_esphome),
    ("laser_pi_systemd_unit_environment", "upper", "systemd unit of the laser job queue with Environment= lines", '"\\%$ ', k_systemd),
    ("stitcher_micropython_config_py", "upper", "MicroPython config.py on the stitch counter's ESP32", '"\\', k_micropython),
    ("yard_node_red_settings_js", "camel", "Node-RED settings.js functionGlobalContext on the yard gateway", "'\\", k_nodered),
    ("yard_home_assistant_secrets_yaml", "snake", "Home Assistant secrets.yaml on the yard gateway", '"\\', k_ha),
    ("embroidery_pc_powershell_profile", "upper", "PowerShell profile of the embroidery PC ($env: assignment)", "'", k_psprofile),
    ("embroidery_pc_psreadline_history", "upper", "PSReadLine ConsoleHost_history.txt of the embroidery PC", "'", k_psreadline),
    ("webshop_laravel_dotenv", "upper", "Laravel .env of the Bridlecombe web shop", "\"'$# \\", k_laravel_env),
    ("webshop_laravel_config_services_php", "snake", "Laravel config/services.php with a literal instead of env()", "'\\", k_laravel_services),
    ("fittings_rails_credentials_show", "snake", "output of bin/rails credentials:show (decrypted YAML)", '"\\', k_rails_creds),
    ("bookings_phoenix_runtime_exs", "snake", "Elixir Phoenix config/runtime.exs of the fitting bookings app", '"\\#', k_phoenix),
    ("fitting_api_appsettings_production_json", "pascal", "ASP.NET Core appsettings.Production.json of the fitting API", '"\\', k_appsettings),
    ("epos_bridge_web_config_appsettings", "pascal", "web.config appSettings of the EPOS bridge service", '"&<>', k_webconfig),
    ("stock_sync_rust_config_toml", "snake", "config.toml of the Rust stock-sync service", '"\\', k_rust_toml),
    ("pricing_streamlit_secrets_toml", "snake", ".streamlit/secrets.toml of the pricing dashboard", '"\\', k_streamlit),
    ("fitting_app_expo_app_config_ts", "camel", "Expo app.config.ts extra block of the fitting app", "'\\", k_expo),
    ("fitting_app_flutter_env_dart", "camel", "Flutter lib/env.dart constants of the fitting app", "'\\$", k_flutter),
    ("fitting_app_android_local_properties", "dot", "Android local.properties of the fitting app", "\\", k_localprops),
    ("fitting_app_swift_secrets_enum", "camel", "Swift Secrets enum of the iOS fitting app", '"\\', k_swift),
    ("backoffice_dolibarr_conf_php", "snake", "Dolibarr conf.php of the Bridlecombe back office", "'\\", k_dolibarr),
    ("workshop_fish_config_set_gx", "upper", "fish config.fish with set -gx on a developer laptop", "'\\", k_fish),
    ("ops_docker_compose_environment", "upper", "docker-compose.yml environment list", "$\"' #", k_compose),
    ("ops_dockerfile_env_instruction", "upper", "Dockerfile ENV instruction", "$\"' \\", k_dockerfile),
    ("ops_docker_inspect_env_array", "upper", "docker inspect output with the Config.Env array", '"\\', k_docker_inspect),
    ("ops_nomad_job_env_block", "upper", "Nomad job file (HCL) task env block", '"\\$%', k_nomad),
    ("ops_serverless_yml_environment", "upper", "serverless.yml provider.environment", "'$", k_serverless),
    ("ops_cloudformation_parameter_default", "pascal", "CloudFormation template parameter with a Default", "'", k_cfn),
    ("ops_fly_toml_env_table", "upper", "fly.toml [env] table", '"\\', k_flytoml),
    ("ops_netlify_toml_context_environment", "upper", "netlify.toml [context.production.environment]", '"\\', k_netlify),
    ("ops_jenkinsfile_environment_block", "upper", "Jenkinsfile declarative environment block", "'\\$", k_jenkins),
    ("ops_circleci_config_job_environment", "upper", ".circleci/config.yml job environment", '"\\', k_circleci),
    ("ops_azure_pipelines_variables", "upper", "azure-pipelines.yml variables block", "'$", k_azpipelines),
    ("ops_ansible_group_vars_yml", "snake", "Ansible group_vars/all.yml (unvaulted)", '"\\{%', k_groupvars),
    ("ops_crontab_inline_variable", "upper", "crontab with a variable line", "% \"'#", k_crontab),
    ("ops_argocd_application_helm_parameters", "camel", "Argo CD Application helm.parameters", '"\\', k_argocd),
    ("shop_whatsapp_group_export", "spaced", "WhatsApp group chat export (.txt) of the shop staff", "", k_whatsapp),
    ("dev_slack_export_message_json", "spaced", "Slack workspace export (channel JSON)", '"\\', k_slack),
    ("office_zendesk_ticket_comment", "spaced", "Zendesk ticket thread between the shop and Latigo support", "", k_zendesk),
    ("workshop_whiteboard_photo_ocr", "title", "OCR of a photo of the workshop whiteboard", "", k_whiteboard),
    ("office_google_keep_takeout_json", "spaced", "Google Keep Takeout JSON note", '"\\', k_keep),
    ("office_evernote_enex_note", "spaced", "Evernote .enex export of a workshop note", "&<>]", k_enex),
    ("dev_sentry_event_extra_json", "upper", "Sentry event JSON with the process environment in extra", '"\\', k_sentry),
    ("ops_journalctl_json_message", "upper", "journalctl -o json line with a config dump", '"\\', k_journal),
    ("dev_browser_har_request_header", "train", "browser HAR export with the value in a request header", '"\\', k_har),
    ("dev_vscode_rest_client_http_file", "camel", "VS Code REST Client .http file variable", "{}", k_http),
]
KIND_NAMES = [k[0] for k in KINDS]


def pairing(rng):
    """15 blocks of three kinds; each block deals a permutation of the 12 types, four to each kind."""
    out = []
    for b in range(15):
        perm = list(range(12))
        rng.shuffle(perm)
        for j in range(3):
            ki = 3 * b + j
            for t in perm[4 * j:4 * j + 4]:
                out.append((ki, t))
    return out


def generate(rng_val, rng_pair, reg, ctx):
    recs = []
    for ki, ti in pairing(rng_pair):
        kname, style, desc, bad, fn = KINDS[ki]
        tname, vkind, _ = TYPES[ti]
        K = style_key(tname, style)
        v = draw(rng_val, reg, lambda r: make_value(vkind, r, ctx), bad=bad)
        text = fn(K, rng_val)
        assert text.count(MARK) == 1
        start = text.index(MARK)
        text = text.replace(MARK, v)
        recs.append({"type": tname, "container": kname, "text": text,
                     "secrets": [{"value": v, "start": start, "end": start + len(v), "type": tname}],
                     "source": "everyday"})
    return recs
