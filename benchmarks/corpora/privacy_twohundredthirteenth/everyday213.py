"""Everyday source: 12 secret types of this world x 45 container kinds, 4 records per kind."""
import random

from common213 import (SLOT, ALNUM, LOWALNUM, CROCK, B64URL, rs, rbytes, password, jwt_hs, adler_hex,
                       crockford_check, bech32_encode, b64s, b64u, key_for, place, uuid4)

SEED_VALUES = 21301
SEED_PAIRING = 21311

STATIONS = ["porthcove", "stbrides", "kinlochbay", "fellhead", "eskdale-mrt", "dunmore-cg", "saltness", "craigmhor"]


def g_pw(rng):
    return password(rng)


def g_tracker(rng):
    body = rs(rng, LOWALNUM, 32)
    return "rgt_" + body + "_" + adler_hex(body)


def g_boatcheck(rng):
    return "vbcw_" + b64u(rbytes(rng, 32))


def g_mutual_jwt(rng):
    team = rng.choice(["keswick-mrt", "porthcove-alb", "ogwen-mrt", "dunmore-cg", "kinlochbay-ilb"])
    payload = {"iss": "mutualaid.sar.example", "sub": team, "aud": "mutual-aid-api",
               "scope": "request:create request:read", "iat": 1717000000 + rng.randrange(10 ** 6),
               "jti": uuid4(rng)}
    return jwt_hs(rng, "HS512", payload)


def g_wireguard(rng):
    b = bytearray(rbytes(rng, 32))
    b[0] &= 248
    b[31] = (b[31] & 127) | 64
    return b64s(bytes(b))


def g_callout_key(rng):
    while True:
        body = rs(rng, CROCK, 26)
        c = crockford_check(body)
        if c.isalnum():
            return "cog_" + body + c


def g_age_identity(rng):
    return bech32_encode("age-secret-key-", rbytes(rng, 32)).upper()


TYPES = [
    ("callout_pager_gateway_admin_password", ["callout", "gateway", "admin", "password"], g_pw, True,
     "owner-chosen admin password of the call-out paging gateway (pages crews, collects replies)"),
    ("crew_availability_board_password", ["crew", "board", "password"], g_pw, True,
     "owner-chosen password of the crew availability board (who is on call, who can launch)"),
    ("incident_casualty_log_db_password", ["incident", "log", "db", "password"], g_pw, True,
     "owner-chosen password of the database behind the incident and casualty log"),
    ("kit_ppe_inspection_app_password", ["kit", "inspection", "password"], g_pw, True,
     "owner-chosen password of the kit and PPE inspection app (harnesses, helmets, lifejackets)"),
    ("training_records_portal_password", ["training", "portal", "password"], g_pw, True,
     "owner-chosen password of the training and qualification records portal"),
    ("station_shop_till_admin_password", ["shop", "till", "admin", "password"], g_pw, True,
     "owner-chosen admin password of the station-shop till and fundraising back office"),
    ("sar_gps_tracker_ingest_token", ["tracker", "ingest", "token"], g_tracker, False,
     "ingest token of the team GPS / radio tracking collector: `rgt_` + 32 lower-case base36 + `_` + 8 hex of the "
     "real Adler-32 of the body (prefix and checksum invented)"),
    ("vehicle_boat_check_webhook_secret", ["boat", "check", "webhook", "secret"], g_boatcheck, False,
     "signing secret of the vehicle and boat daily-check webhooks: `vbcw_` + URL-safe Base64 of 32 random bytes "
     "(43 characters, unpadded; prefix invented)"),
    ("mutual_aid_request_jwt", ["mutual", "aid", "jwt"], g_mutual_jwt, False,
     "bearer token of the mutual-aid request API between neighbouring teams: real HS512 JWT (base64url JSON, "
     "HMAC-SHA512 under a discarded key)"),
    ("station_vpn_wireguard_private_key", ["station", "vpn", "private", "key"], g_wireguard, False,
     "WireGuard private key of the station VPN to the radio masts: standard Base64 of a clamped 32-byte X25519 "
     "scalar (44 characters, one `=`)"),
    ("callout_gateway_api_key", ["callout", "api", "key"], g_callout_key, False,
     "API key of the SMS call-out gateway: `cog_` + 26 Crockford Base32 + the real Crockford mod-37 check symbol "
     "(layout invented; drawn so that the check symbol is alphanumeric)"),
    ("casualty_log_age_identity", ["casualty", "log", "age", "identity"], g_age_identity, False,
     "age identity that decrypts exported casualty logs: `AGE-SECRET-KEY-1` + Bech32 of 32 random bytes with the "
     "real Bech32 checksum (74 characters, upper case)"),
]
TYPE_NAMES = [t[0] for t in TYPES]
PW_TYPES = {t[0] for t in TYPES if t[3]}


def host(rng):
    return rng.choice(STATIONS) + "-" + rng.choice(["ops", "pager", "crew", "kit", "train", "shop", "gw"]) + ".lan"


# ------------------------------------------------------------------ containers
# each renderer: (k = key name in the container's style, rng) -> template with exactly one SLOT
def r_django(k, rng):
    return ("# callout/settings/local.py -- not committed\nfrom .base import *  # noqa\n\nDEBUG = False\n"
            "ALLOWED_HOSTS = [\"%s\"]\n%s = \"%s\"\nPAGER_RETRY_SECONDS = 45\n" % (host(rng), k, SLOT))


def r_nodered(k, rng):
    return ("module.exports = {\n    uiPort: process.env.PORT || 1880,\n    flowFile: 'callout-flows.json',\n"
            "    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,\n    functionGlobalContext: {\n"
            "        pagerHost: '%s',\n        %s: '%s',\n    },\n};\n" % (host(rng), k, SLOT))


def r_dotenv(name):
    def r(k, rng):
        return ("# %s\nNODE_ENV=production\nPUBLIC_STATION_NAME=%s\n%s=%s\nLOG_LEVEL=info\n"
                % (name, rng.choice(STATIONS), k, SLOT))
    return r


def r_phoenix(k, rng):
    return ("import Config\n\nif config_env() == :prod do\n  config :crew_board, CrewBoard.Repo,\n"
            "    hostname: \"%s\",\n    pool_size: 5\n\n  config :crew_board, :integrations,\n"
            "    %s: \"%s\"\nend\n" % (host(rng), k, SLOT))


def r_flask(k, rng):
    return ("# instance/config.py\nSQLALCHEMY_DATABASE_URI = \"postgresql://incidents@%s/incidents\"\n"
            "%s = '%s'\nCASUALTY_EXPORT_DIR = \"/srv/exports\"\n" % (host(rng), k, SLOT))


def r_axum_toml(k, rng):
    return ("[server]\nbind = \"0.0.0.0:8443\"\n\n[incident_log]\nhost = \"%s\"\n%s = \"%s\"\nretention_days = 2555\n"
            % (host(rng), k, SLOT))


def r_appsettings(k, rng):
    return ("{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } },\n  \"CasualtyLog\": {\n"
            "    \"Server\": \"%s\",\n    \"%s\": \"%s\"\n  }\n}\n" % (host(rng), k, SLOT))


def r_rn_app_json(k, rng):
    return ("{\n  \"expo\": {\n    \"name\": \"Kit Check\",\n    \"slug\": \"kit-check\",\n    \"extra\": {\n"
            "      \"apiBase\": \"https://%s\",\n      \"%s\": \"%s\"\n    }\n  }\n}\n" % (host(rng), k, SLOT))


def r_eas_json(k, rng):
    return ("{\n  \"build\": {\n    \"production\": {\n      \"channel\": \"production\",\n      \"env\": {\n"
            "        \"KIT_API_URL\": \"https://%s\",\n        \"%s\": \"%s\"\n      }\n    }\n  }\n}\n"
            % (host(rng), k, SLOT))


def r_wp_config(k, rng):
    return ("<?php\ndefine( 'DB_NAME', 'ppe_register' );\ndefine( 'DB_HOST', '%s' );\ndefine( '%s', '%s' );\n"
            "$table_prefix = 'ppe_';\n" % (host(rng), k, SLOT))


def r_cakephp(k, rng):
    return ("<?php\nreturn [\n    'debug' => false,\n    'Datasources' => ['default' => ['host' => '%s']],\n"
            "    'PpeRegister' => [\n        '%s' => '%s',\n    ],\n];\n" % (host(rng), k, SLOT))


def r_spring_props(k, rng):
    return ("spring.application.name=training-records\nserver.port=8081\ntraining.ldap.url=ldap://%s:389\n"
            "%s=%s\n" % (host(rng), k, SLOT))


def r_moodle(k, rng):
    return ("<?php  // Moodle configuration file\nunset($CFG);\nglobal $CFG;\n$CFG = new stdClass();\n"
            "$CFG->dbhost    = '%s';\n$CFG->wwwroot   = 'https://training.%s.example';\n$CFG->%s = '%s';\n"
            % (host(rng), rng.choice(STATIONS), k, SLOT))


def r_micronaut(k, rng):
    return ("micronaut:\n  application:\n    name: qualification-tracker\nqualifications:\n  host: %s\n"
            "  %s: \"%s\"\n" % (host(rng), k, SLOT))


def r_tauri(k, rng):
    return ("{\n  \"productName\": \"Vehicle Check\",\n  \"identifier\": \"org.%s.vehiclecheck\",\n"
            "  \"plugins\": {\n    \"vehicleCheck\": { \"endpoint\": \"https://%s\", \"%s\": \"%s\" }\n  }\n}\n"
            % (rng.choice(STATIONS).replace("-", ""), host(rng), k, SLOT))


def r_xcconfig(k, rng):
    return ("// Release.xcconfig -- BoatCheck\nPRODUCT_BUNDLE_IDENTIFIER = org.station.boatcheck\n"
            "BOATCHECK_API_HOST = %s\n%s = %s\n" % (host(rng), k, SLOT))


def r_electron(k, rng):
    return ("{\n  \"engineLog\": {\n    \"syncUrl\": \"https://%s/engine-hours\",\n    \"%s\": \"%s\",\n"
            "    \"units\": \"hours\"\n  }\n}\n" % (host(rng), k, SLOT))


def r_default_file(k, rng):
    return ("# /etc/default/radio-gateway\nGATEWAY_CALLSIGN=M0%s\nAPRS_SERVER=%s\n%s=\"%s\"\n"
            % (rs(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 3), host(rng), k, SLOT))


def r_traccar(k, rng):
    return ("<?xml version='1.0' encoding='UTF-8'?>\n<!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>\n"
            "<properties>\n    <entry key='database.url'>jdbc:postgresql://%s/traccar</entry>\n"
            "    <entry key='%s'>%s</entry>\n</properties>\n" % (host(rng), k, SLOT))


def r_secrets_h(k, rng):
    return ("// secrets.h -- do not commit\n#pragma once\n#define TRACKER_HOST \"%s\"\n#define %s \"%s\"\n"
            % (host(rng), k, SLOT))


def r_chirpstack(k, rng):
    return ("[postgresql]\ndsn=\"postgres://chirpstack@%s/chirpstack\"\n\n[integration.tracker]\n%s=\"%s\"\n"
            % (host(rng), k, SLOT))


def r_go_yaml(k, rng):
    return ("listen: \":9090\"\nmutual_aid:\n  upstream: https://%s\n  %s: '%s'\n  timeout: 20s\n"
            % (host(rng), k, SLOT))


def r_nest_ts(k, rng):
    return ("export default () => ({\n  port: parseInt(process.env.PORT ?? '3000', 10),\n  mutualAid: {\n"
            "    region: 'north-west',\n    %s: '%s',\n  },\n});\n" % (k, SLOT))


def r_saleor(k, rng):
    return ("shop:\n  name: Station Shop\n  currency: GBP\n  host: %s\n  %s: \"%s\"\n" % (host(rng), k, SLOT))


def r_netlify(k, rng):
    return ("[build]\n  command = \"npm run build\"\n  publish = \"dist\"\n\n[context.production.environment]\n"
            "  DONATE_GOAL = \"25000\"\n  %s = \"%s\"\n" % (k, SLOT))


def r_compose(k, rng):
    return ("services:\n  callout:\n    image: registry.%s.lan/callout:2.4\n    environment:\n"
            "      - TZ=Europe/London\n      - %s=%s\n" % (rng.choice(STATIONS), k, SLOT))


def r_helm(k, rng):
    return ("replicaCount: 1\nimage:\n  repository: registry.%s.lan/crewboard\n  tag: \"1.9.2\"\nenv:\n"
            "  %s: \"%s\"\n" % (rng.choice(STATIONS), k, SLOT))


def r_tfvars_json(k, rng):
    return ("{\n  \"station\": \"%s\",\n  \"region\": \"eu-west-2\",\n  \"%s\": \"%s\"\n}\n"
            % (rng.choice(STATIONS), k, SLOT))


def r_salt(k, rng):
    return ("station_ops:\n  host: %s\n  %s: '%s'\n" % (host(rng), k, SLOT))


def r_gitlab_ci(k, rng):
    return ("variables:\n  STATION: \"%s\"\n  %s: \"%s\"\n\ndeploy:\n  stage: deploy\n  script:\n    - ./deploy.sh\n"
            % (rng.choice(STATIONS), k, SLOT))


def r_woodpecker(k, rng):
    return ("steps:\n  - name: deploy\n    image: alpine:3.20\n    environment:\n      %s: %s\n"
            "    commands:\n      - ./ops/push-config.sh\n" % (k, SLOT))


def r_zsh(k, rng):
    return (": 1718112233:0;cd ~/ops/callout\n: 1718112240:0;export %s='%s'\n: 1718112251:0;systemctl restart callout\n"
            % (k, SLOT))


def r_setx(k, rng):
    return ("@echo off\nREM station PC bootstrap\nsetx STATION_NAME \"%s\"\nsetx %s \"%s\"\n"
            % (rng.choice(STATIONS), k, SLOT))


def r_openrc(k, rng):
    return ("# /etc/conf.d/crewboard\ncommand_user=\"crewboard\"\nexport %s=\"%s\"\n" % (k, SLOT))


def r_configmap(k, rng):
    return ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: callout-config\n  namespace: station\ndata:\n"
            "  TZ: Europe/London\n  %s: \"%s\"\n" % (k, SLOT))


def r_whatsapp(k, rng):
    return ("[12/06/2024, 21:14:03] Gareth (DLA): anyone got the %s? laptop in the crew room logged out\n"
            "[12/06/2024, 21:15:40] Morwenna: %s\n[12/06/2024, 21:15:52] Morwenna: delete this after pls\n"
            % (k, SLOT))


def r_teams(k, rng):
    return ("Rhys Jenkins 19:02\nquick one before the exercise - %s is %s (changed it last week)\n"
            "Aled Price 19:03\nta, will update the handover sheet\n" % (k, SLOT))


def r_email_quote(k, rng):
    return ("Thanks, that worked.\n\n> On Tue, Station Officer wrote:\n> Hi Dave, the %s for the new system is\n"
            "> %s\n> Please don't forward this.\n" % (k, SLOT))


def r_jira(k, rng):
    return ("SD-%d  Pager replies not arriving\nComment by volunteer IT (internal):\nreset the gateway, new %s: %s  - "
            "closing once the Thursday test page comes through.\n" % (rng.randint(100, 999), k, SLOT))


def r_whiteboard(k, rng):
    return ("KIT ROOM - WEEK 24\nHelmets checked: 14/14\nHarness H-07 quarantine\n%s: %s\nDrysuits to dry room\n"
            % (k, SLOT))


def r_clipboard(k, rng):
    return ("DAILY BOAT CHECK  D-%d\nFuel: Full   Bilges: Dry   Kill cord: OK\n%s  %s\nSigned: ____\n"
            % (rng.randint(700, 899), k, SLOT))


def r_sheets_csv(k, rng):
    return ("Crew Member,Module,Signed Off,%s\nA. Roberts,Casualty Care,2024-05-11,%s\nB. Hughes,Boat Handling,2024-05-18,\n"
            % (k, SLOT))


def r_bunfig(k, rng):
    return ("[install]\nregistry = \"https://registry.npmjs.org\"\n\n[define]\n\"process.env.%s\" = \"'%s'\"\n"
            % (k, SLOT))


def r_pi_cloud_init(k, rng):
    return ("#cloud-config\nhostname: %s\nwrite_files:\n  - path: /etc/gw.env\n    content: |\n      %s=%s\n"
            % (host(rng).split(".")[0], k, SLOT))


def r_quarkus_env(k, rng):
    return ("QUARKUS_HTTP_PORT=8080\nQUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://%s/quals\n%s=%s\n"
            % (host(rng), k, SLOT))


def r_rails_db_yml(k, rng):
    return ("production:\n  adapter: postgresql\n  host: %s\n  database: mutual_aid\n  %s: <%%= ENV.fetch(\"X\", \"%s\") %%>\n"
            % (host(rng), k, SLOT))


CONTAINERS = [
    ("callout_gateway_django_settings_local_py", "upper", r_django),
    ("callout_pager_node_red_settings_js", "camel", r_nodered),
    ("crew_availability_sveltekit_env", "upper", r_dotenv("crew availability board (SvelteKit) .env")),
    ("crew_availability_phoenix_runtime_exs", "snake", r_phoenix),
    ("incident_log_flask_instance_config_py", "upper", r_flask),
    ("incident_log_rust_axum_config_toml", "snake", r_axum_toml),
    ("casualty_log_dotnet_appsettings_production_json", "pascal", r_appsettings),
    ("casualty_log_deno_env_file", "upper", r_dotenv("casualty log (Deno) .env")),
    ("kit_inspection_expo_app_json_extra", "camel", r_rn_app_json),
    ("kit_inspection_eas_build_json_env", "upper", r_eas_json),
    ("ppe_register_wordpress_wp_config_php", "upper", r_wp_config),
    ("ppe_register_cakephp_app_local_php", "snake", r_cakephp),
    ("training_records_spring_application_properties", "dot", r_spring_props),
    ("training_records_moodle_config_php", "snake", r_moodle),
    ("qualification_tracker_micronaut_application_yml", "kebab", r_micronaut),
    ("vehicle_check_tauri_conf_json", "camel", r_tauri),
    ("boat_check_swiftui_release_xcconfig", "upper", r_xcconfig),
    ("boat_engine_log_electron_config_json", "camel", r_electron),
    ("radio_gateway_etc_default_file", "upper", r_default_file),
    ("gps_tracking_traccar_xml", "dot", r_traccar),
    ("gps_tracker_esp32_secrets_h", "upper", r_secrets_h),
    ("lora_gateway_chirpstack_toml", "snake", r_chirpstack),
    ("mutual_aid_go_service_yaml", "snake", r_go_yaml),
    ("mutual_aid_nestjs_config_ts", "camel", r_nest_ts),
    ("station_shop_medusa_env", "upper", r_dotenv("station shop (Medusa) .env")),
    ("station_shop_saleor_settings_yaml", "snake", r_saleor),
    ("fundraising_strapi_env", "upper", r_dotenv("fundraising site (Strapi) .env")),
    ("fundraising_netlify_toml_context_env", "upper", r_netlify),
    ("station_ops_docker_compose_override_yml", "upper", r_compose),
    ("station_ops_helm_values_yaml", "upper", r_helm),
    ("station_ops_terraform_tfvars_json", "snake", r_tfvars_json),
    ("station_ops_salt_pillar_sls", "snake", r_salt),
    ("station_ops_gitlab_ci_variables_yml", "upper", r_gitlab_ci),
    ("station_ops_woodpecker_pipeline_yml", "upper", r_woodpecker),
    ("station_ops_zsh_extended_history", "upper", r_zsh),
    ("station_ops_windows_setx_batch_file", "upper", r_setx),
    ("station_ops_openrc_conf_d_file", "upper", r_openrc),
    ("station_ops_kubernetes_configmap_yaml", "upper", r_configmap),
    ("crew_whatsapp_group_export", "spaced", r_whatsapp),
    ("station_teams_chat_paste", "spaced", r_teams),
    ("coastguard_email_reply_quote", "spaced", r_email_quote),
    ("callout_jira_service_desk_comment", "spaced", r_jira),
    ("kit_room_whiteboard_photo_ocr", "title", r_whiteboard),
    ("boat_check_clipboard_scan_ocr", "title", r_clipboard),
    ("training_register_google_sheets_csv", "title", r_sheets_csv),
    # spares, written and unused
    ("station_ops_bunfig_define_toml", "upper", r_bunfig),
    ("radio_mast_pi_cloud_init_user_data", "upper", r_pi_cloud_init),
    ("qualification_tracker_quarkus_env", "upper", r_quarkus_env),
    ("mutual_aid_rails_database_erb_yml", "snake", r_rails_db_yml),
]
# exactly 45 kinds are used; the remainder are written spares
USED = 45


def pairing():
    rng = random.Random(SEED_PAIRING)
    kinds = CONTAINERS[:USED]
    out = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        rng.shuffle(perm)
        for j in range(3):
            kind = kinds[b * 3 + j]
            for t in perm[j * 4:(j + 1) * 4]:
                out.append((kind, t))
    return out


def generate(reg):
    rng = random.Random(SEED_VALUES)
    tinfo = {t[0]: t for t in TYPES}
    recs = []
    for (kname, style, render), tname in pairing():
        _, words, gen, _, _ = tinfo[tname]
        value = reg.draw(gen, rng)
        k = key_for(words, style)
        text, s, e = place(render(k, rng), value)
        recs.append({"type": tname, "container": kname, "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": tname}], "source": "everyday"})
    return recs
