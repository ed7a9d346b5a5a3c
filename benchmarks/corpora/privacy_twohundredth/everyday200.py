"""Everyday source: 12 secret types x 45 container kinds, 4 records per kind."""
import json
import random

import common200 as C

SEED = 20001
PAIR_SEED = 20011

# (type, key words, description, generator name)
TYPES = [
    ("job_sheet_portal_password", ("job", "sheet", "portal", "password"),
     "owner-chosen password of the restoration job-sheet portal", "pw"),
    ("chassis_register_db_password", ("chassis", "register", "db", "password"),
     "owner-chosen password of the database behind the chassis and VIN register", "pw"),
    ("marque_register_admin_password", ("marque", "register", "admin", "password"),
     "owner-chosen admin password of the car club's marque register", "pw"),
    ("concours_entry_system_password", ("concours", "entry", "password"),
     "owner-chosen password of the concours and rally entry system", "pw"),
    ("valuation_archive_password", ("valuation", "archive", "password"),
     "owner-chosen password of the classic-car insurance valuation archive", "pw"),
    ("storage_booking_admin_password", ("storage", "booking", "admin", "password"),
     "owner-chosen admin password of the storage and transport booking back end", "pw"),
    ("parts_locator_api_token", ("parts", "locator", "api", "token"),
     "`pst1_` + 36 base62 + 8 lower-case hex of the real Adler-32 of the body, API token of the parts-sourcing locator (prefix and checksum invented)", "pst1"),
    ("paint_library_sync_key", ("paint", "library", "sync", "key"),
     "`pcl.` + 8-digit key id + `.` + base64url of 32 random bytes (43 characters), sync key of the paint-code and trim library (layout invented)", "pcl"),
    ("rally_timing_device_jwt", ("rally", "timing", "device", "jwt"),
     "HS512 JWT (real base64url JSON, real HMAC-SHA512 under a discarded key), device token of the rally timing tablets", "jwt"),
    ("vin_decoder_hmac_secret", ("vin", "decoder", "hmac", "secret"),
     "64 lower-case hex (32 bytes), HMAC request-signing secret of the VIN / chassis decoder service (no prefix)", "hex64"),
    ("transport_booking_webhook_secret", ("transport", "booking", "webhook", "secret"),
     "`cvt_whs_` + standard Base64 of 32 random bytes (44 characters with one `=`), signing secret of the car-transporter booking webhooks (prefix invented)", "cvt"),
    ("workshop_alarm_totp_seed", ("workshop", "alarm", "totp", "seed"),
     "32 upper-case RFC 4648 Base32 characters (20 bytes, no padding), TOTP seed of the workshop alarm panel's remote-disarm app", "totp"),
]
TYPE_NAMES = [t[0] for t in TYPES]
PASSWORD_TYPES = [t[0] for t in TYPES if t[3] == "pw"]


def gen_value(rng, kind):
    if kind == "pw":
        return C.owner_password(rng)
    if kind == "pst1":
        body = C.rstr(rng, C.ALNUM, 36)
        return "pst1_" + body + C.adler32_hex(body)
    if kind == "pcl":
        return "pcl.%08d.%s" % (rng.randint(10000000, 99999999), C.b64url_nopad(C.rbytes(rng, 32)))
    if kind == "jwt":
        payload = {"iss": "timing.rallyhq.example", "sub": "tablet-%02d" % rng.randint(1, 40),
                   "stage": rng.randint(1, 12), "iat": 1780000000 + rng.randint(0, 9999999)}
        payload["exp"] = payload["iat"] + 86400 * 3
        return C.jwt_hs(rng, "HS512", payload)
    if kind == "hex64":
        return C.rstr(rng, C.HEX, 64)
    if kind == "cvt":
        return "cvt_whs_" + C.b64(C.rbytes(rng, 32))
    if kind == "totp":
        import base64
        return base64.b32encode(C.rbytes(rng, 20)).decode()
    raise ValueError(kind)


# Public neighbours: (key words, value generator)
def _pub_pool(rng):
    hosts = ["restore.lan", "marqueclub.internal", "chassisreg.lan", "concours.example",
             "barnstore.internal", "partsdesk.example", "paintlib.lan", "rallyhq.example"]
    h = rng.choice(hosts)
    return [
        (("api", "base", "url"), "https://api.%s/v2" % h),
        (("db", "host"), "db%d.%s" % (rng.randint(1, 9), h)),
        (("db", "user"), rng.choice(["restorer", "registrar", "clubsec", "workshop", "valuer"])),
        (("db", "port"), str(rng.choice([5432, 3306, 1433, 5433]))),
        (("log", "level"), rng.choice(["info", "warn", "debug"])),
        (("time", "zone"), "Europe/London"),
        (("club", "region"), rng.choice(["north-west", "midlands", "south-east", "scotland", "wales"])),
        (("cache", "ttl"), str(rng.choice([60, 300, 900, 3600]))),
        (("admin", "email"), "%s@%s" % (rng.choice(["registrar", "secretary", "workshop", "archivist"]), h)),
    ]


def J(obj):
    """json.dumps that keeps the slot marker raw."""
    return json.dumps(obj, indent=2, ensure_ascii=False).replace("\\u0001", C.SLOT)


# ---------------------------------------------------------------- container renderers
# each renderer gets (kv, rng) where kv is a list of (key string, value) and the secret value is C.SLOT
def r_wp_config(kv, rng):
    lines = ["<?php", "/** restoration job tracker - wp-config.php (excerpt) */"]
    lines += ["define( '%s', '%s' );" % (k, v) for k, v in kv]
    lines += ["$table_prefix = 'rj_';", "require_once ABSPATH . 'wp-settings.php';"]
    return "\n".join(lines) + "\n"


def r_drupal(kv, rng):
    lines = ["<?php", "// sites/default/settings.php - restoration jobs"]
    lines += ["$settings['%s'] = '%s';" % (k, v) for k, v in kv]
    lines.append("$settings['file_private_path'] = '/var/www/private';")
    return "\n".join(lines) + "\n"


def r_strapi(kv, rng):
    inner = "\n".join("      %s: '%s'," % (k, v) for k, v in kv)
    return ("// config/plugins.js - parts sourcing CMS\nmodule.exports = ({ env }) => ({\n"
            "  'parts-sourcing': {\n    enabled: true,\n    config: {\n%s\n    },\n  },\n});\n" % inner)


def r_ghost(kv, rng):
    obj = {"url": "https://blog.partsdesk.example", "server": {"port": 2368, "host": "127.0.0.1"},
           "partsSourcing": {k: v for k, v in kv}}
    return J(obj) + "\n"


def r_odoo(kv, rng):
    return "[options]\naddons_path = /opt/odoo/addons,/opt/chassis/addons\n" + \
        "\n".join("%s = %s" % (k, v) for k, v in kv) + "\nworkers = 4\n"


def r_mycnf(kv, rng):
    return "# ~/.my.cnf on the chassis register box\n[client]\n" + \
        "\n".join("%s=%s" % (k, v) for k, v in kv) + "\n\n[mysqldump]\nsingle-transaction\n"


def r_rocket(kv, rng):
    return "# Rocket.toml - VIN lookup service\n[release]\naddress = \"0.0.0.0\"\nport = 8000\n" + \
        "\n".join("%s = \"%s\"" % (k, v) for k, v in kv) + "\n"


def r_hocon(kv, rng):
    return "# application.conf - VIN lookup\nvinLookup {\n" + \
        "\n".join("  %s = \"%s\"" % (k, v) for k, v in kv) + "\n  retries = 3\n}\n"


def r_helm(kv, rng):
    return "# values.yaml - marque register chart\nreplicaCount: 2\nimage:\n  repository: ghcr.io/marqueclub/register\n  tag: 4.2.1\nconfig:\n" + \
        "\n".join("  %s: \"%s\"" % (k, v) for k, v in kv) + "\n"


def r_kustomize(kv, rng):
    return ("# kustomization.yaml - marque register\nresources:\n  - deployment.yaml\nsecretGenerator:\n"
            "  - name: register-env\n    literals:\n" + "\n".join("      - %s=%s" % (k, v) for k, v in kv) + "\n")


def r_systemd(kv, rng):
    return ("# /etc/systemd/system/club-members.service\n[Unit]\nDescription=Club membership API\nAfter=network-online.target\n\n[Service]\n"
            + "\n".join("Environment=\"%s=%s\"" % (k, v) for k, v in kv)
            + "\nExecStart=/opt/club-members/bin/server\nRestart=on-failure\n")


def r_compose_override(kv, rng):
    return ("# docker-compose.override.yml - club members\nservices:\n  members-api:\n    environment:\n"
            + "\n".join("      %s: \"%s\"" % (k, v) for k, v in kv) + "\n    ports:\n      - \"8080:8080\"\n")


def r_dotenv(header):
    def r(kv, rng):
        return header + "\n" + "\n".join("%s=%s" % (k, v) for k, v in kv) + "\n"
    return r


def r_angular(kv, rng):
    return ("// src/environments/environment.prod.ts - concours entries\nexport const environment = {\n  production: true,\n"
            + "\n".join("  %s: '%s'," % (k, v) for k, v in kv) + "\n};\n")


def r_gradle_props(kv, rng):
    return ("# gradle.properties - rally timing app\norg.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\n"
            + "\n".join("%s=%s" % (k, v) for k, v in kv) + "\n")


def r_xcconfig(kv, rng):
    return ("// Release.xcconfig - rally timing iOS\n#include \"Base.xcconfig\"\n"
            + "\n".join("%s = %s" % (k, v) for k, v in kv) + "\n")


def r_swift(kv, rng):
    return ("// Secrets.swift - rally timing\nenum Secrets {\n"
            + "\n".join("    static let %s = \"%s\"" % (k, v) for k, v in kv) + "\n}\n")


def r_jupyter(kv, rng):
    src = ["import requests\n"] + ["%s = \"%s\"\n" % (k, v) for k, v in kv] + ["resp = requests.get(api_base_url + '/swatches')\n"]
    cell = {"cell_type": "code", "execution_count": rng.randint(3, 40), "metadata": {}, "outputs": [], "source": src}
    return J({"cells": [cell], "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}) + "\n"


def r_hugo(kv, rng):
    return ("# hugo.toml - trim library site\nbaseURL = 'https://trim.paintlib.example/'\ntitle = 'Trim library'\n[params]\n"
            + "\n".join("  %s = '%s'" % (k, v) for k, v in kv) + "\n")


def r_jekyll(kv, rng):
    return ("# _config.yml - trim library\ntitle: Trim and upholstery library\ntheme: minima\n"
            + "\n".join("%s: %s" % (k, v) for k, v in kv) + "\n")


def r_appsettings(kv, rng):
    return J({"Logging": {"LogLevel": {"Default": "Information"}},
              "Valuation": {k: v for k, v in kv}, "AllowedHosts": "*"}) + "\n"


def r_webconfig(kv, rng):
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n"
            + "\n".join("    <add key=\"%s\" value=\"%s\" />" % (k, v) for k, v in kv)
            + "\n  </appSettings>\n</configuration>\n")


def r_vba(kv, rng):
    return ("Attribute VB_Name = \"ValuationConfig\"\nOption Explicit\n"
            + "\n".join("Public Const %s As String = \"%s\"" % (k, v) for k, v in kv) + "\n")


def r_appsscript(kv, rng):
    return ("// Code.gs - storage bay bookings sheet\nfunction setup() {\n  const props = PropertiesService.getScriptProperties();\n"
            + "\n".join("  props.setProperty('%s', '%s');" % (k, v) for k, v in kv) + "\n}\n")


def r_gitlab_ci(kv, rng):
    return ("# .gitlab-ci.yml - storage bookings\nstages: [test, deploy]\nvariables:\n"
            + "\n".join("  %s: \"%s\"" % (k, v) for k, v in kv) + "\ndeploy:\n  stage: deploy\n  script: ./deploy.sh\n")


def r_circleci(kv, rng):
    return ("# .circleci/config.yml - transport bookings\nversion: 2.1\njobs:\n  build:\n    docker:\n      - image: cimg/python:3.12\n    environment:\n"
            + "\n".join("      %s: %s" % (k, v) for k, v in kv) + "\n    steps:\n      - checkout\n")


def r_azure_pipelines(kv, rng):
    return ("# azure-pipelines.yml - transport bookings\ntrigger:\n  - main\nvariables:\n"
            + "\n".join("  - name: %s\n    value: '%s'" % (k, v) for k, v in kv) + "\npool:\n  vmImage: ubuntu-latest\n")


def r_serverless(kv, rng):
    return ("# serverless.yml - transport bookings\nservice: transport-bookings\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n"
            + "\n".join("    %s: %s" % (k, v) for k, v in kv) + "\n")


def r_sam(kv, rng):
    return ("# template.yaml - auction watch (SAM)\nAWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nParameters:\n"
            + "\n".join("  %s:\n    Type: String\n    Default: '%s'" % (k, v) for k, v in kv) + "\n")


def r_cloudrun(kv, rng):
    return ("# service.yaml - auction watch (Cloud Run)\napiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: auction-watch\nspec:\n  template:\n    spec:\n      containers:\n        - image: europe-docker.pkg.dev/auction-watch/app:3\n          env:\n"
            + "\n".join("            - name: %s\n              value: \"%s\"" % (k, v) for k, v in kv) + "\n")


def r_appengine(kv, rng):
    return ("# app.yaml - auction watch\nruntime: python312\nentrypoint: gunicorn -b :$PORT main:app\nenv_variables:\n"
            + "\n".join("  %s: '%s'" % (k, v) for k, v in kv) + "\n")


def r_makefile(kv, rng):
    return ("# Makefile - workshop ops\n" + "\n".join("%s ?= %s" % (k, v) for k, v in kv)
            + "\n\ndeploy:\n\t./scripts/deploy.sh\n")


def r_justfile(kv, rng):
    return ("# justfile - workshop ops\n" + "\n".join("export %s := \"%s\"" % (k, v) for k, v in kv)
            + "\n\nsync:\n    ./bin/sync-registers\n")


def r_zsh_history(kv, rng):
    t = 1760000000 + rng.randint(0, 5000000)
    lines = [": %d:0;cd ~/src/workshop-ops" % t]
    for i, (k, v) in enumerate(kv):
        lines.append(": %d:0;export %s=%s" % (t + 7 * (i + 1), k, v))
    lines.append(": %d:0;./bin/sync-registers --dry-run" % (t + 90))
    return "\n".join(lines) + "\n"


def r_batch(kv, rng):
    return ("@echo off\nREM run-workshop-sync.cmd\n" + "\n".join("set \"%s=%s\"" % (k, v) for k, v in kv)
            + "\npython sync_registers.py\n")


def r_docker_inspect(kv, rng):
    env = ["%s=%s" % (k, v) for k, v in kv] + ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin"]
    obj = [{"Id": C.rstr(rng, C.HEX, 64), "Name": "/workshop-sync", "Config": {"Env": env, "Image": "workshop-sync:2.3"}}]
    return "$ docker inspect workshop-sync\n" + J(obj) + "\n"


def r_kubectl_describe(kv, rng):
    lines = ["$ kubectl describe pod workshop-sync-7d9c6b5f4-x2k8q", "Name:         workshop-sync-7d9c6b5f4-x2k8q",
             "Namespace:    workshop", "Containers:", "  sync:", "    Image:      registry.restore.lan/workshop-sync:2.3",
             "    Environment:"]
    lines += ["      %s:  %s" % (k, v) for k, v in kv]
    lines.append("    Mounts:   <none>")
    return "\n".join(lines) + "\n"


def r_whatsapp(kv, rng):
    d = "%02d/%02d/2026" % (rng.randint(1, 28), rng.randint(1, 12))
    m = rng.randint(0, 20)
    lines = ["[%s, 19:%02d:11] Pat (Club Secretary): right, for the new laptop" % (d, m)]
    for k, v in kv:
        m += rng.randint(1, 6)
        if v == C.SLOT:
            lines.append("[%s, 19:%02d:40] Pat (Club Secretary): %s is %s" % (d, m, k, v))
        else:
            lines.append("[%s, 19:%02d:23] Pat (Club Secretary): %s -> %s" % (d, m, k, v))
    lines.append("[%s, 19:%02d:02] Graham: cheers, got it" % (d, m + rng.randint(1, 9)))
    return "\n".join(lines) + "\n"


def r_discord(kv, rng):
    lines = ["restorer-dev — Today at 18:%02d" % rng.randint(10, 59), "ok here's what goes in the config:"]
    for k, v in kv:
        lines.append("%s %s" % (k, v))
    lines.append("lmk if the sync still fails")
    return "\n".join(lines) + "\n"


def r_email_fwd(kv, rng):
    lines = ["---------- Forwarded message ---------", "From: Parts Desk <orders@partsdesk.example>",
             "Subject: Re: supplier portal access", "", "Hi Dave,", "", "As requested, the settings for the integration:"]
    lines += ["  %s: %s" % (k, v) for k, v in kv]
    lines += ["", "Regards,", "Sue"]
    return "\n".join(lines) + "\n"


def r_trello(kv, rng):
    lines = ["Comment by Mike R. on card \"Rebuild: 1967 drophead, chassis 41xx\":"]
    for k, v in kv:
        lines.append("- %s = %s" % (k, v))
    lines.append("moved to Done once the job sheet syncs")
    return "\n".join(lines) + "\n"


def r_ocr(kv, rng):
    lines = ["JOB CARD  No. %d" % rng.randint(1000, 9999), "Customer: ____  Reg: ____"]
    lines += ["%s: %s" % (k, v) for k, v in kv]
    lines.append("Signed ...... (foreman)")
    return "\n".join(lines) + "\n"


def r_sheets_csv(kv, rng):
    keys = [k for k, _ in kv]
    vals = [v for _, v in kv]
    return "Setting,Value,Updated\n" + "\n".join("%s,%s,2026-0%d-1%d" % (k, v, rng.randint(1, 9), rng.randint(0, 9)) for k, v in zip(keys, vals)) + "\n"


def r_postman(kv, rng):
    obj = {"id": C.uuid4(rng), "name": "restoration-prod",
           "values": [{"key": k, "value": v, "type": "secret" if v == C.SLOT else "default", "enabled": True} for k, v in kv],
           "_postman_variable_scope": "environment"}
    return J(obj) + "\n"


CONTAINERS = [
    ("restoration_jobs_wp_config_php", "upper", r_wp_config),
    ("restoration_jobs_drupal_settings_php", "snake", r_drupal),
    ("parts_sourcing_strapi_plugins_js", "camel", r_strapi),
    ("parts_sourcing_ghost_config_production_json", "camel", r_ghost),
    ("chassis_register_odoo_conf", "snake", r_odoo),
    ("chassis_register_my_cnf_client_section", "snake", r_mycnf),
    ("vin_lookup_rocket_toml", "snake", r_rocket),
    ("vin_lookup_hocon_application_conf", "camel", r_hocon),
    ("marque_register_helm_values_yaml", "camel", r_helm),
    ("marque_register_kustomize_secret_generator", "upper", r_kustomize),
    ("club_members_systemd_unit_environment", "upper", r_systemd),
    ("club_members_docker_compose_override_yml", "upper", r_compose_override),
    ("concours_entries_sveltekit_dotenv_private", "upper", r_dotenv("# .env - concours entries (SvelteKit, $env/static/private)")),
    ("concours_entries_angular_environment_prod_ts", "camel", r_angular),
    ("rally_timing_android_gradle_properties", "camel", r_gradle_props),
    ("rally_timing_ios_release_xcconfig", "upper", r_xcconfig),
    ("rally_timing_swift_secrets_enum", "camel", r_swift),
    ("paint_library_jupyter_notebook_cell", "snake", r_jupyter),
    ("paint_library_renviron", "upper", r_dotenv("# ~/.Renviron - paint-code analysis scripts")),
    ("trim_library_hugo_params_toml", "camel", r_hugo),
    ("trim_library_jekyll_config_yml", "snake", r_jekyll),
    ("valuation_appsettings_production_json", "pascal", r_appsettings),
    ("valuation_web_config_app_settings", "pascal", r_webconfig),
    ("valuation_excel_vba_module", "pascal", r_vba),
    ("storage_bookings_apps_script_properties", "camel", r_appsscript),
    ("storage_bookings_gitlab_ci_variables", "upper", r_gitlab_ci),
    ("transport_bookings_circleci_config_yml", "upper", r_circleci),
    ("transport_bookings_azure_pipelines_yml", "pascal", r_azure_pipelines),
    ("transport_bookings_serverless_yml", "upper", r_serverless),
    ("auction_watch_sam_template_yaml", "pascal", r_sam),
    ("auction_watch_cloud_run_service_yaml", "upper", r_cloudrun),
    ("auction_watch_app_engine_app_yaml", "upper", r_appengine),
    ("workshop_ops_makefile", "upper", r_makefile),
    ("workshop_ops_justfile", "upper", r_justfile),
    ("workshop_ops_zsh_history", "upper", r_zsh_history),
    ("workshop_ops_cmd_batch_file", "upper", r_batch),
    ("workshop_ops_docker_inspect_output", "upper", r_docker_inspect),
    ("workshop_ops_kubectl_describe_pod", "upper", r_kubectl_describe),
    ("club_secretary_whatsapp_group_export", "spaced", r_whatsapp),
    ("restorer_discord_channel_paste", "spaced", r_discord),
    ("parts_supplier_email_forward", "spaced", r_email_fwd),
    ("workshop_trello_card_comment", "spaced", r_trello),
    ("job_card_handwriting_ocr", "title", r_ocr),
    ("valuation_google_sheets_csv", "title", r_sheets_csv),
    ("restoration_postman_environment_json", "camel", r_postman),
]
SPARE_CONTAINERS = ["mot_history_vercel_env_pull_file"]


def pairing():
    """15 blocks of three kinds; each block deals a seeded permutation of the 12 types, four per kind."""
    prng = random.Random(PAIR_SEED)
    out = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        prng.shuffle(perm)
        for j in range(3):
            out.append(perm[4 * j:4 * j + 4])
    return out


def generate(reg):
    rng = random.Random(SEED)
    tmap = {t[0]: t for t in TYPES}
    deal = pairing()
    records = []
    for (cname, style, render), types in zip(CONTAINERS, deal):
        for tname in types:
            _, words, _, kind = tmap[tname]
            value = reg.draw(lambda: gen_value(rng, kind))
            pool = _pub_pool(rng)
            rng.shuffle(pool)
            pubs = pool[:rng.randint(2, 3)]
            kv = [(C.style_key(w, style), v) for w, v in pubs]
            kv.insert(rng.randint(0, len(kv)), (C.style_key(words, style), C.SLOT))
            tmpl = render(kv, rng)
            text, s, e = C.place(tmpl, value)
            records.append({"type": tname, "container": cname, "text": text,
                            "secrets": [{"value": value, "start": s, "end": e, "type": tname}],
                            "source": "everyday"})
    return records
