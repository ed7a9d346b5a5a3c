"""Everyday source: 12 secret types of the repair / refurb / recycling world x 45 container kinds."""
import json, random, zlib, hashlib
import common209 as C

SEED = 20901
PAIR_SEED = 20911

# type -> (key words, description, generator kind)
TYPES = [
    ("repair_ticket_admin_password", ["ticket", "admin", "password"], "owner-chosen admin password of the repair-ticket system (screen and battery jobs)"),
    ("imei_intake_db_password", ["intake", "db", "password"], "owner-chosen password of the IMEI and serial intake-log database"),
    ("wipe_station_console_password", ["wipe", "console", "password"], "owner-chosen password of the data-wipe station console"),
    ("grading_bench_login_password", ["grading", "login", "password"], "owner-chosen login password of the refurbished-stock grading bench app"),
    ("trade_in_portal_admin_password", ["tradein", "admin", "password"], "owner-chosen admin password of the trade-in quote portal"),
    ("weee_collection_portal_password", ["weee", "collections", "password"], "owner-chosen password of the WEEE recycling-collections portal"),
    ("wipe_certificate_signing_key", ["wipe", "cert", "signing", "key"], "`wcsk_` + base64url of 32 random bytes (43 characters) + `_` + 8 lower-case hex of the real CRC-32 of those 43 characters; signs data-wipe certificates (layout invented)"),
    ("diag_tool_licence_key", ["diag", "licence", "key"], "`DGL-` + four groups of 5 characters of 0-9A-Z + `-` + a real ISO/IEC 7064 MOD 37,36 check character over the 20; licence of the diagnostic / unlock tool (layout invented)"),
    ("parts_supplier_webhook_secret", ["parts", "webhook", "secret"], "`pswhsec_` + Base58 (Bitcoin alphabet) of 32 random bytes; signs parts-supplier order and RMA webhooks (prefix invented)"),
    ("refurb_listing_sync_token", ["listing", "sync", "token"], "PASETO-shaped `v4.local.` + base64url of 32-byte nonce + 48-byte ciphertext + 32-byte tag (random bytes in the frame); token of the resale-listing sync worker"),
    ("trade_in_quote_session_jwt", ["quote", "session", "jwt"], "HS384 JWT (real base64url JSON, real HMAC-SHA384 under a discarded key); session of the trade-in quote app"),
    ("imei_check_api_key", ["imei", "check", "api", "key"], "`ick_` + 8 lower-case hex key id + `.` + 40 base62; key of the IMEI blacklist / carrier-check service (layout invented)"),
]
PASSWORD_TYPES = [t[0] for t in TYPES[:6]]


def gen_value(tname, rng):
    if tname in PASSWORD_TYPES:
        return C.password(rng)
    if tname == "wipe_certificate_signing_key":
        body = C.b64url_nopad(C.rbytes(rng, 32))
        return "wcsk_" + body + "_" + "%08x" % (zlib.crc32(body.encode()) & 0xFFFFFFFF)
    if tname == "diag_tool_licence_key":
        body = C.rs(rng, C.ISO7064_ALPHA, 20)
        return "DGL-" + "-".join(body[i:i + 5] for i in range(0, 20, 5)) + "-" + C.iso7064_mod37_36(body)
    if tname == "parts_supplier_webhook_secret":
        return "pswhsec_" + C.b58encode(C.rbytes(rng, 32))
    if tname == "refurb_listing_sync_token":
        return "v4.local." + C.b64url_nopad(C.rbytes(rng, 112))
    if tname == "trade_in_quote_session_jwt":
        payload = {"sub": "quote_%d" % rng.randint(10000, 99999), "dev": rng.choice(["iPhone 13", "Galaxy S22", "Pixel 7", "iPad Air 4"]),
                   "offer": rng.randint(40, 420), "iat": 1735689600 + rng.randint(0, 9000000)}
        payload["exp"] = payload["iat"] + 1800
        return C.jwt(rng, {"alg": "HS384", "typ": "JWT"}, payload, key=C.rbytes(rng, 48))
    if tname == "imei_check_api_key":
        return "ick_" + C.rs(rng, C.HEXL, 8) + "." + C.rs(rng, C.ALNUM, 40)
    raise KeyError(tname)


HOSTS = ["bench1.fixfront.lan", "wipe02.screenfixers.lan", "db.refurbhub.lan", "intake.handsetdoctor.lan",
         "10.20.0.14", "grading.greenloop.example", "pg.fixfront.lan", "192.168.40.9", "weee.greenloop.example"]


def users(rng):
    return rng.choice(["tech", "shopadmin", "counter", "benchlead", "wipeop", "gradingbot", "intake"])


def filler_pairs(rng, style, n=3):
    pool = [(["shop", "name"], rng.choice(["FixFront Repairs", "Screen Fixers Ltd", "Handset Doctor", "GreenLoop Refurb"])),
            (["db", "host"], rng.choice(HOSTS)), (["db", "port"], str(rng.choice([5432, 3306, 6379]))),
            (["log", "level"], rng.choice(["info", "debug", "warn"])), (["default", "currency"], "GBP"),
            (["intake", "bucket"], "intake-photos-" + str(rng.randint(10, 99))),
            (["wipe", "standard"], rng.choice(["NIST-800-88-Purge", "HMG-IS5-Baseline", "DoD-3pass"])),
            (["grade", "scale"], "A,B,C,D"), (["timezone"], "Europe/London"), (["site", "url"], "https://fixfront.example"),
            (["max", "upload", "mb"], str(rng.choice([10, 25, 50])))]
    rng.shuffle(pool)
    return [(C.style_key(w, style), v) for w, v in pool[:n]]


def kv_lines(rng, style, key, fmt, n=3):
    """Generic line-oriented container: returns (before, after)."""
    fl = filler_pairs(rng, style, n + 1)
    pos = rng.randint(1, n)
    lines_b = [fmt.format(k=k, v=v) for k, v in fl[:pos]]
    lines_a = [fmt.format(k=k, v=v) for k, v in fl[pos:]]
    pre, post = fmt.split("{v}")
    return "\n".join(lines_b + [pre.format(k=key)]), post.format(k=key) + "\n" + "\n".join(lines_a) + "\n"


def R(head, fmt, n=3, tail=""):
    def render(rng, key, style):
        b, a = kv_lines(rng, style, key, fmt, n)
        h = head(rng) if callable(head) else head
        return h + b, a + tail
    return render


def chat(rng, key, style):
    who = rng.choice(["Priya", "Tomasz", "Dele", "Megan", "Sam", "Aoife", "Kwame"])
    other = rng.choice(["Liam", "Nadia", "Rhys", "Chen", "Ola"])
    b = ("[09:%02d] %s: bench 3 can't log in again after the update\n[09:%02d] %s: %s is " % (rng.randint(0, 50), other, rng.randint(51, 59), who, key))
    return b, "\n[10:0%d] %s: cheers, in now. deleting this msg later\n" % (rng.randint(1, 9), other)


def telegram(rng, key, style):
    who = rng.choice(["Refurb Ops", "Jas (owner)", "Marek"])
    return (who + ", [12.03.25 14:%02d]\nnew %s for the listing box, use this till we rotate:\n" % (rng.randint(10, 59), key),
            "\n" + rng.choice(["don't paste in the public channel pls", "pinning this", "ta"]) + "\n")


def zendesk(rng, key, style):
    t = rng.randint(40000, 49999)
    return ("Ticket #%d · Internal note (not visible to requester)\nAgent: %s\nCustomer's iPhone back-glass job blocked on the portal. Reset done; %s now " % (t, rng.choice(["K. Osei", "L. Byrne", "M. Rossi"]), key),
            " — ask the customer to change it after pickup.\nStatus: Pending\n")


def freshdesk(rng, key, style):
    return ("From: workshop@fixfront.example\nTo: it@fixfront.example\nSubject: Re: [#%d] grading bench locked\n\nHi,\n\nas discussed on the phone the %s is " % (rng.randint(8000, 8999), key),
            "\n\nPlease delete this email once you have it in the vault.\n\n> On Tue, IT wrote:\n> can you send the current one?\n")


def sticky(rng, key, style):
    return ("BENCH 2 — DO NOT REMOVE\n%s: " % key, "\nWifi: FixFront-Staff\nTill float: £%d\n" % rng.choice([100, 150, 200]))


def csvx(rng, key, style):
    hdr = "Site,Device,Setting,Value,Updated By\n"
    rows = ["Bench %d,%s,Firmware,%s,%s\n" % (rng.randint(1, 6), rng.choice(["iPhone 12", "SM-G991B", "Pixel 6a"]), rng.choice(["17.4.1", "G991BXXU9"]), "Jo")]
    return hdr + rows[0] + "Bench %d,Server,%s," % (rng.randint(1, 6), key), ",Megan\nBench 1,Printer,Label Size,62mm,Jo\n"


def sms(rng, key, style):
    return ("SMS from +44 7700 9%05d: Hi it's Jas. %s for the tablets is " % (rng.randint(0, 99999), key), " . Text back when done x\n")


def django(rng, key, style):
    b, a = kv_lines(rng, style, key, '{k} = "{v}"', 3)
    return "# settings/production.py\nfrom .base import *  # noqa\n\nDEBUG = False\nALLOWED_HOSTS = [\"repairs.fixfront.example\"]\n" + b, a


def rails(rng, key, style):
    return ("# rails credentials:edit (decrypted view)\nsecret_key_base_note: see vault\nrepairs:\n  api_base: https://repairs.fixfront.example\n  %s: \"" % key, "\"\n  sms_sender: FIXFRONT\n")


def fastapi(rng, key, style):
    return ("from pydantic import SecretStr\nfrom pydantic_settings import BaseSettings\n\n\nclass IntakeSettings(BaseSettings):\n    db_host: str = \"%s\"\n    %s: SecretStr = SecretStr(\"" % (rng.choice(HOSTS), key), "\")\n    imei_regex: str = r\"^\\d{15}$\"\n")


def viper(rng, key, style):
    return ("intake:\n  listen: \":8087\"\n  storage:\n    driver: postgres\n    host: %s\n    %s: '" % (rng.choice(HOSTS), key), "'\n  scanner:\n    baud: 9600\n")


def ps1(rng, key, style):
    return ("# Microsoft.PowerShell_profile.ps1 on WIPE-PC-%02d\nSet-Location C:\\WipeStation\n$LogDir = 'D:\\wipe-logs'\n$%s = '" % (rng.randint(1, 9), key), "'\nImport-Module .\\WipeTools.psm1\n")


def reg(rng, key, style):
    return ("Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\FixFront\\WipeStation]\n\"StationId\"=\"WS-%02d\"\n\"%s\"=\"" % (rng.randint(1, 20), key), "\"\n\"ReportDir\"=\"D:\\\\certs\"\n")


def ipxe(rng, key, style):
    return ("#!ipxe\n# PXE boot menu for the drive-wipe rack\ndhcp\nset base http://10.20.0.14/nwipe\nset %s " % key, "\nkernel ${base}/vmlinuz nwipe_options=\"--method=dodshort --verify=last\"\ninitrd ${base}/initrd.img\nboot\n")


def envjson(rng, key, style):
    return ('{\n  "appId": "uk.fixfront.grading",\n  "benchId": "B%d",\n  "%s": "' % (rng.randint(1, 8), key), '",\n  "photoDir": "C:/grading/photos"\n}\n')


def rustconst(rng, key, style):
    return ("// src-tauri/src/secrets.rs (TODO move to keychain)\npub const BENCH_API: &str = \"https://grading.greenloop.example\";\npub const %s: &str = \"" % key, "\";\npub const SCALE: [&str; 4] = [\"A\", \"B\", \"C\", \"D\"];\n")


def qtini(rng, key, style):
    return ("[General]\nBenchId=B%d\nCameraIndex=1\n\n[Server]\nHost=%s\n%s=" % (rng.randint(1, 8), rng.choice(HOSTS), key), "\nTimeoutMs=8000\n")


def nuxt(rng, key, style):
    return ("export default defineNuxtConfig({\n  runtimeConfig: {\n    %s: '" % key, "',\n    public: { quoteCurrency: 'GBP' }\n  }\n})\n")


def dartdefine(rng, key, style):
    return ('{\n  "API_BASE": "https://tradein.fixfront.example",\n  "%s": "' % key, '",\n  "FLAVOR": "prod"\n}\n')


def expo(rng, key, style):
    return ('{\n  "expo": {\n    "name": "Buyback",\n    "slug": "buyback",\n    "extra": {\n      "%s": "' % key, '",\n      "eas": { "projectId": "%s" }\n    }\n  }\n}\n' % C.uuid4(rng))


def plist(rng, key, style):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n  <key>CFBundleIdentifier</key>\n  <string>uk.fixfront.buyback</string>\n  <key>%s</key>\n  <string>' % key, '</string>\n</dict>\n</plist>\n')


def odoo(rng, key, style):
    return ("[options]\naddons_path = /opt/odoo/addons,/opt/refurb/addons\ndb_host = %s\ndb_user = odoo\n%s = " % (rng.choice(HOSTS), key), "\nworkers = 4\n")


def erpnext(rng, key, style):
    return ('{\n "db_name": "refurb_live",\n "%s": "' % key, '",\n "host_name": "https://erp.greenloop.example"\n}\n')


def wpconfig(rng, key, style):
    return ("<?php\ndefine( 'DB_NAME', 'refurb_shop' );\ndefine( 'DB_HOST', 'localhost' );\ndefine( '%s', '" % key, "' );\n$table_prefix = 'rf_';\n")


def appsettings(rng, key, style):
    return ('{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "PartsOrders": {\n    "SupplierBaseUrl": "https://b2b.partsdepot.example",\n    "%s": "' % key, '"\n  }\n}\n')


def edn(rng, key, style):
    return ("{:parts/base-url \"https://b2b.partsdepot.example\"\n :parts/%s \"" % key, "\"\n :parts/poll-seconds 300}\n")


def ktor(rng, key, style):
    return ("ktor {\n  deployment { port = 8080 }\n  warranty {\n    rmaPrefix = \"RMA\"\n    %s = \"" % key, "\"\n  }\n}\n")


def figment(rng, key, style):
    return ("[default]\naddress = \"0.0.0.0\"\nport = 8000\n\n[default.collections]\ncouncil_region = \"Leeds\"\n%s = \"" % key, "\"\n")


def flytoml(rng, key, style):
    return ("app = \"weee-collections\"\nprimary_region = \"lhr\"\n\n[env]\n  PORT = \"8080\"\n  %s = \"" % key, "\"\n\n[http_service]\n  internal_port = 8080\n")


def launchagent(rng, key, style):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict>\n<key>Label</key><string>uk.fixfront.diagagent</string>\n<key>EnvironmentVariables</key>\n<dict>\n  <key>%s</key>\n  <string>' % key, '</string>\n</dict>\n<key>RunAtLoad</key><true/>\n</dict></plist>\n')


def ansible(rng, key, style):
    return ("---\n# group_vars/wipe_rack.yml\nwipe_rack_hosts_subnet: 10.20.0.0/24\n%s: \"" % key, "\"\nnwipe_method: prng\n")


def kustomize(rng, key, style):
    return ("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nsecretGenerator:\n  - name: shop-app\n    literals:\n      - SHOP_REGION=uk\n      - %s=" % key, "\n")


def gha(rng, key, style):
    return ("name: deploy-tradein\non: { push: { branches: [main] } }\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      NODE_ENV: production\n      %s: " % key, "\n    steps:\n      - uses: actions/checkout@v4\n")


def bitbucket(rng, key, style):
    return ("image: node:20\npipelines:\n  branches:\n    main:\n      - step:\n          name: Sync listings\n          script:\n            - export %s='" % key, "'\n            - npm run sync\n")


def jenkins(rng, key, style):
    return ("pipeline {\n  agent { label 'refurb' }\n  environment {\n    REGION = 'uk'\n    %s = '" % key, "'\n  }\n  stages { stage('grade-report') { steps { sh 'make report' } } }\n}\n")


def pm2(rng, key, style):
    return ("module.exports = {\n  apps: [{\n    name: 'intake-api',\n    script: 'dist/main.js',\n    env: {\n      PORT: 3010,\n      %s: '" % key, "'\n    }\n  }]\n};\n")


def supervisord(rng, key, style):
    return ("[program:wipe-reporter]\ncommand=/opt/wipe/bin/reporter\nautostart=true\nenvironment=REPORT_DIR=\"/srv/certs\",%s=\"" % key, "\",TZ=\"Europe/London\"\n")


def fish(rng, key, style):
    return ("- cmd: cd ~/src/refurb-listings\n  when: 17%08d\n- cmd: set -gx %s " % (rng.randint(0, 99999999), key), "\n  when: 17%08d\n- cmd: npm run sync:backmarket\n  when: 17%08d\n" % (rng.randint(0, 99999999), rng.randint(0, 99999999)))


def psreadline(rng, key, style):
    return ("cd C:\\shop\\tradein-api\ngit pull\n[Environment]::SetEnvironmentVariable('%s', '" % key, "', 'User')\ndotnet run --project TradeIn.Api\n")


def nix(rng, key, style):
    return ("{\n  devShells.x86_64-linux.default = pkgs.mkShell {\n    packages = [ pkgs.nodejs_20 pkgs.postgresql ];\n    %s = \"" % key, "\";\n  };\n}\n")


def codeigniter(rng, key, style):
    return ("#--------------------------------------------------------------------\n# ENVIRONMENT\n#--------------------------------------------------------------------\nCI_ENVIRONMENT = production\napp.baseURL = 'https://warranty.fixfront.example/'\nwarranty.%s = " % key, "\n")


KINDS = [
    ("repair_tickets_django_settings_prod_py", "upper", django),
    ("repair_tickets_laravel_env_production", "upper", R("# .env.production\n", "{k}={v}", 4)),
    ("repair_tickets_rails_credentials_decrypted_yml", "snake", rails),
    ("imei_intake_fastapi_settings_py", "snake", fastapi),
    ("imei_intake_go_viper_config_yaml", "snake", viper),
    ("imei_intake_spring_bootstrap_properties", "dot", R("# bootstrap.properties\n", "intake.{k}={v}", 3)),
    ("wipe_station_powershell_profile_ps1", "pascal", ps1),
    ("wipe_station_windows_reg_export", "pascal", reg),
    ("wipe_station_nwipe_pxe_ipxe_script", "snake", ipxe),
    ("wipe_station_systemd_environment_file", "upper", R("# /etc/wipe-reporter/env\n", "{k}={v}", 3)),
    ("grading_bench_electron_env_json", "camel", envjson),
    ("grading_bench_tauri_secrets_rs", "upper", rustconst),
    ("grading_bench_qt_settings_ini", "pascal", qtini),
    ("trade_in_nextjs_env_local", "upper", R("# .env.local (do not commit)\n", "{k}={v}", 3)),
    ("trade_in_nuxt_config_ts", "camel", nuxt),
    ("trade_in_flutter_dart_define_json", "upper", dartdefine),
    ("buyback_expo_app_json_extra", "camel", expo),
    ("buyback_android_gradle_properties", "dot", R("# gradle.properties\norg.gradle.jvmargs=-Xmx2g\n", "buyback.{k}={v}", 2)),
    ("buyback_ios_info_plist", "pascal", plist),
    ("refurb_listings_odoo_conf", "snake", odoo),
    ("refurb_listings_erpnext_site_config_json", "snake", erpnext),
    ("refurb_listings_woocommerce_wp_config_php", "upper", wpconfig),
    ("parts_orders_dotnet_appsettings_production_json", "pascal", appsettings),
    ("parts_orders_clojure_edn_config", "kebab", edn),
    ("warranty_returns_codeigniter_env", "camel", codeigniter),
    ("warranty_returns_ktor_application_conf", "camel", ktor),
    ("weee_collections_rocket_figment_toml", "snake", figment),
    ("weee_collections_fly_toml_env", "upper", flytoml),
    ("diag_tools_macos_launchagent_plist", "upper", launchagent),
    ("shop_ops_ansible_group_vars_yml", "snake", ansible),
    ("shop_ops_kustomize_secret_generator_yaml", "upper", kustomize),
    ("shop_ops_github_actions_workflow_env_yml", "upper", gha),
    ("shop_ops_bitbucket_pipelines_yml", "upper", bitbucket),
    ("shop_ops_jenkinsfile_environment_block", "upper", jenkins),
    ("shop_ops_pm2_ecosystem_config_js", "upper", pm2),
    ("shop_ops_supervisord_program_conf", "upper", supervisord),
    ("shop_ops_fish_shell_history", "upper", fish),
    ("shop_ops_psreadline_console_history", "upper", psreadline),
    ("shop_ops_nix_flake_devshell_nix", "upper", nix),
    ("repair_counter_teams_chat_export", "spaced", chat),
    ("refurb_team_telegram_group_paste", "spaced", telegram),
    ("repair_helpdesk_zendesk_internal_note", "spaced", zendesk),
    ("repair_bench_sticky_note_photo_ocr", "title", sticky),
    ("intake_ledger_excel_csv_export", "title", csvx),
    ("warranty_desk_freshdesk_email_reply", "spaced", freshdesk),
]
SPARE_KIND = ("trade_in_owner_sms_forward", "spaced", sms)


def pairing():
    prng = random.Random(PAIR_SEED)
    tnames = [t[0] for t in TYPES]
    out = []
    for b in range(15):
        perm = tnames[:]
        prng.shuffle(perm)
        for j in range(3):
            kind = KINDS[b * 3 + j]
            for t in perm[j * 4:(j + 1) * 4]:
                out.append((kind, t))
    return out


def generate(reg):
    rng = random.Random(SEED)
    words = {t[0]: t[1] for t in TYPES}
    recs = []
    for (kname, style, render), tname in pairing():
        value = reg.draw(lambda: gen_value(tname, rng))
        key = C.style_key(words[tname], style)
        before, after = render(rng, key, style)
        text = before + value + after
        recs.append({"type": tname, "container": kname, "text": text,
                     "secrets": [{"value": value, "start": len(before), "end": len(before) + len(value), "type": tname}],
                     "source": "everyday"})
    return recs
