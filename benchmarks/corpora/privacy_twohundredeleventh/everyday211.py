"""Everyday source: 12 secret types of the allotment / seed-library world x 45 container kinds."""
import base64, random
import common211 as C
from common211 import MARK

SEED, PAIR_SEED = 21101, 21111

# (type, key words, description, kind)
TYPES = [
    ("plot_waitlist_admin_password", ["waitlist", "admin", "password"],
     "owner-chosen admin password of the plot waiting-list and tenancy-agreement site", "pw"),
    ("rent_ledger_db_password", ["rent", "ledger", "db", "password"],
     "owner-chosen password of the rent and water-charge ledger database", "pw"),
    ("seed_catalogue_librarian_password", ["seed", "librarian", "password"],
     "owner-chosen password of the seed-library catalogue (loans and returns) librarian login", "pw"),
    ("shed_keyholder_portal_password", ["keyholder", "portal", "password"],
     "owner-chosen password of the shed and tool-store key-holder portal", "pw"),
    ("committee_minutes_wiki_password", ["minutes", "wiki", "password"],
     "owner-chosen password of the committee-minutes wiki", "pw"),
    ("council_liaison_portal_password", ["council", "portal", "password"],
     "owner-chosen password of the grant and council-liaison portal account", "pw"),
    ("tool_store_lock_api_token", ["toolstore", "lock", "token"],
     "`tsl_` + 30 base62 + 6 base62 characters of the real CRC-32 of those 30 (the GitHub-style checksum tail); token of the smart-padlock bridge on the tool store (prefix invented)", "gen"),
    ("water_meter_webhook_secret", ["water", "webhook", "secret"],
     "`wmh_` + standard Base64 of 33 random bytes (44 characters, may contain `+` and `/`); signs the water-meter reader webhooks used for water-charge collection (prefix invented)", "gen"),
    ("work_party_ical_feed_token", ["rota", "feed", "token"],
     "`wpf_` + Base58 (Bitcoin alphabet) of 20 random bytes; secret token in the private work-party rota iCal feed URL (layout invented)", "gen"),
    ("plot_portal_session_jwt", ["session", "jwt"],
     "real HS384 JWT (base64url JSON header and payload, HMAC-SHA384 under a discarded key); session token of the plot-holder portal", "gen"),
    ("treasurer_totp_seed", ["treasurer", "totp", "secret"],
     "RFC 4648 Base32 of 20 random bytes (32 upper-case characters, no padding); TOTP shared secret of the treasurer's bank-portal second factor", "gen"),
    ("show_entries_api_key", ["show", "entries", "api", "key"],
     "`pse_` + 24 upper-case alphanumerics + a real ISO 7064 MOD 37,36 check character; API key of the produce-show entries service (layout invented)", "gen"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_WORDS = {t[0]: t[1] for t in TYPES}


def gen_value(rng, typ):
    if typ.endswith("_password"):
        return C.owner_pw(rng)
    if typ == "tool_store_lock_api_token":
        body = C.rs(rng, C.B62, 30)
        return "tsl_" + body + C.crc32_b62(body)
    if typ == "water_meter_webhook_secret":
        return "wmh_" + base64.b64encode(C.rbytes(rng, 33)).decode()
    if typ == "work_party_ical_feed_token":
        b = C.rbytes(rng, 20)
        while b[0] == 0:
            b = C.rbytes(rng, 20)
        return "wpf_" + C.b58encode(b)
    if typ == "plot_portal_session_jwt":
        return C.jwt_hs(rng, {"alg": "HS384", "typ": "JWT"},
                        {"sub": "plotholder:%d" % rng.randint(100, 999),
                         "plot": "%d%s" % (rng.randint(1, 60), rng.choice("ABCD")),
                         "role": rng.choice(["tenant", "committee", "lettings"]),
                         "iat": 1751000000 + rng.randint(0, 9000000)}, "HS384")
    if typ == "treasurer_totp_seed":
        return C.b32_nopad(C.rbytes(rng, 20))
    if typ == "show_entries_api_key":
        body = C.rs(rng, C.UPALNUM, 24)
        return "pse_" + body + C.mod3736_check(body)
    raise KeyError(typ)


def keyname(words, style):
    if style == "upper":
        return "_".join(w.upper() for w in words)
    if style == "snake":
        return "_".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "kebab":
        return "-".join(words)
    if style == "dot":
        return ".".join(words)
    if style == "spaced":
        return " ".join(words)
    if style == "title":
        return " ".join(w.capitalize() for w in words)
    raise KeyError(style)


V = MARK
# kind -> (style, template); {K} key, {H} host, {U} user, {N} number
KINDS = [
    ("plot_waitlist_wagtail_local_py", "upper",
     '# plots/settings/local.py -- waiting-list site (Wagtail)\nfrom .base import *  # noqa\n\nDEBUG = False\nALLOWED_HOSTS = ["{H}"]\n{K} = "' + V + '"\nWAGTAIL_SITE_NAME = "Plot waiting list"\n'),
    ("plot_waitlist_nuxt_runtime_config_ts", "camel",
     "// nuxt.config.ts\nexport default defineNuxtConfig({\n  runtimeConfig: {\n    {K}: '" + V + "',\n    public: { apiBase: 'https://{H}/api' },\n  },\n})\n"),
    ("tenancy_agreements_symfony_env_local", "upper",
     "###> tenancy-agreements (Symfony) .env.local ###\nAPP_ENV=prod\nDATABASE_URL=\"postgresql://{U}@{H}:5432/tenancy?serverVersion=16\"\n{K}=" + V + "\n###< tenancy-agreements ###\n"),
    ("tenancy_agreements_hanami_settings_rb", "snake",
     "# config/settings.rb (Hanami)\nmodule Tenancy\n  class Settings < Hanami::Settings\n    setting :{K}, default: \"" + V + "\"\n    setting :site_host, default: \"{H}\"\n  end\nend\n"),
    ("rent_collection_gin_config_yaml", "snake",
     "# rent-collector (Gin) config.yaml\nserver:\n  addr: \":8{N}\"\nledger:\n  host: {H}\n  user: {U}\n  {K}: \"" + V + "\"\n"),
    ("rent_collection_nestjs_env_production", "upper",
     "# .env.production -- rent collection (NestJS)\nPORT=3000\nLEDGER_HOST={H}\nLEDGER_USER={U}\n{K}='" + V + "'\n"),
    ("water_charges_quarkus_application_properties", "dot",
     "# src/main/resources/application.properties (water charges)\nquarkus.http.port=8{N}\nquarkus.datasource.username={U}\n{K}=" + V + "\n"),
    ("water_charges_ktor_application_conf", "camel",
     "# application.conf (Ktor, HOCON)\nktor {\n  deployment { port = 8{N} }\n}\nwater {\n  host = \"{H}\"\n  {K} = \"" + V + "\"\n}\n"),
    ("seed_catalogue_fly_toml_env", "upper",
     "# fly.toml -- seed catalogue\napp = \"seedlib-catalogue\"\nprimary_region = \"lhr\"\n\n[env]\n  CATALOGUE_HOST = \"{H}\"\n  {K} = \"" + V + "\"\n"),
    ("seed_loans_pocketbase_env", "upper",
     "# pocketbase .env (seed loans and returns)\nPB_DATA_DIR=/srv/seedloans/pb_data\nPB_ADMIN_EMAIL={U}@seedlib.example\n{K}=" + V + "\n"),
    ("seed_loans_directus_config_yaml", "upper",
     "# directus config.yaml (seed loans)\nHOST: 0.0.0.0\nPORT: 8055\nDB_CLIENT: pg\nDB_HOST: {H}\n{K}: \"" + V + "\"\n"),
    ("seed_returns_flutter_dart_define_json", "upper",
     '{\n  "API_BASE": "https://{H}",\n  "{K}": "' + V + '",\n  "FLAVOR": "prod"\n}\n'),
    ("shed_keys_home_assistant_secrets_yaml", "snake",
     "# /config/secrets.yaml (Home Assistant in the shed)\nlatitude_home: 52.{N}1\n{K}: \"" + V + "\"\nmqtt_host: {H}\n"),
    ("shed_keys_esphome_secrets_yaml", "snake",
     "# esphome/secrets.yaml (shed key safe node)\nwifi_ssid: \"Allotment-Shed\"\n{K}: \"" + V + "\"\nota_host: {H}\n"),
    ("tool_store_arduino_secrets_h", "upper",
     "// arduino_secrets.h -- tool-store padlock bridge\n#pragma once\n#define SECRET_HOST \"{H}\"\n#define SECRET_{K} \"" + V + "\"\n"),
    ("tool_store_zigbee2mqtt_configuration_yaml", "snake",
     "# zigbee2mqtt configuration.yaml (tool store)\nhomeassistant: true\nmqtt:\n  server: mqtt://{H}\n  user: {U}\n  {K}: '" + V + "'\n"),
    ("work_party_rota_wrangler_toml", "upper",
     "# wrangler.toml -- work-party rota worker\nname = \"rota-worker\"\nmain = \"src/index.ts\"\n\n[vars]\nROTA_HOST = \"{H}\"\n{K} = \"" + V + "\"\n"),
    ("work_party_rota_vercel_env_pull", "upper",
     "# Created by Vercel CLI\nVERCEL=\"1\"\nVERCEL_ENV=\"production\"\n{K}=\"" + V + "\"\nVERCEL_URL=\"rota-{N}.vercel.app\"\n"),
    ("produce_swap_hugo_config_toml", "camel",
     "# hugo.toml -- produce swap site\nbaseURL = 'https://{H}/'\ntitle = 'Produce swap'\n[params]\n  {K} = '" + V + "'\n"),
    ("produce_swap_eleventy_dotenv", "upper",
     "# .env (Eleventy produce-swap board)\nELEVENTY_ENV=production\nSWAP_API=https://{H}\n{K}=" + V + "\n"),
    ("produce_show_laravel_config_services_php", "snake",
     "<?php\n// config/services.php (produce show entries)\nreturn [\n    'show' => [\n        'host' => '{H}',\n        '{K}' => '" + V + "',\n    ],\n];\n"),
    ("produce_show_rails_database_yml", "snake",
     "# config/database.yml (show entries)\nproduction:\n  adapter: postgresql\n  host: {H}\n  username: {U}\n  {K}: \"" + V + "\"\n"),
    ("committee_minutes_nextcloud_config_php", "snake",
     "<?php\n$CONFIG = array (\n  'instanceid' => 'oc{N}x7',\n  'dbhost' => '{H}',\n  'dbuser' => '{U}',\n  '{K}' => '" + V + "',\n);\n"),
    ("committee_minutes_docusaurus_env", "upper",
     "# .env (Docusaurus minutes site)\nSITE_URL=https://{H}\n{K}=\"" + V + "\"\nALGOLIA_INDEX=minutes\n"),
    ("grant_portal_web_config_appsettings_xml", "pascal",
     "<?xml version=\"1.0\"?>\n<configuration>\n  <appSettings>\n    <add key=\"GrantHost\" value=\"{H}\" />\n    <add key=\"{K}\" value=\"" + V + "\" />\n  </appSettings>\n</configuration>\n"),
    ("grant_portal_spring_application_yml", "kebab",
     "# application.yml (grant portal)\nserver:\n  port: 8{N}\ngrant:\n  host: {H}\n  {K}: \"" + V + "\"\n"),
    ("council_liaison_elixir_config_exs", "snake",
     "# config/prod.exs (council liaison)\nimport Config\n\nconfig :liaison, Liaison.Portal,\n  host: \"{H}\",\n  {K}: \"" + V + "\"\n"),
    ("council_liaison_go_dotenv", "upper",
     "# .env read by godotenv (council liaison sync)\nLIAISON_HOST={H}\nLIAISON_USER={U}\n{K}=" + V + "\n"),
    ("allotment_ops_podman_quadlet_container", "upper",
     "# ~/.config/containers/systemd/plots.container\n[Container]\nImage=ghcr.io/oakfield/plots:2.{N}\nEnvironment=PLOTS_HOST={H}\nEnvironment={K}=" + V + "\n\n[Install]\nWantedBy=default.target\n"),
    ("allotment_ops_k8s_secret_stringdata_yaml", "upper",
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: plots-app\n  namespace: allotments\ntype: Opaque\nstringData:\n  {K}: \"" + V + "\"\n"),
    ("allotment_ops_pulumi_stack_yaml", "camel",
     "# Pulumi.prod.yaml\nconfig:\n  aws:region: eu-west-2\n  plots:host: {H}\n  plots:{K}: \"" + V + "\"\n"),
    ("allotment_ops_ansible_host_vars_yml", "snake",
     "# host_vars/{H}.yml\nansible_user: {U}\nplots_app_port: 8{N}\n{K}: \"" + V + "\"\n"),
    ("allotment_ops_github_actions_workflow_env", "upper",
     "# .github/workflows/deploy.yml\nname: deploy\non: [push]\nenv:\n  PLOTS_HOST: {H}\n  {K}: \"" + V + "\"\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"),
    ("allotment_ops_bitbucket_pipelines_yml", "upper",
     "# bitbucket-pipelines.yml\npipelines:\n  default:\n    - step:\n        script:\n          - export {K}=\"" + V + "\"\n          - ./deploy.sh {H}\n"),
    ("allotment_ops_fish_history", "upper",
     "- cmd: cd ~/src/plots\n  when: 17{N}0011\n- cmd: set -gx {K} '" + V + "'\n  when: 17{N}0042\n- cmd: ./manage.py check\n"),
    ("allotment_ops_powershell_history", "upper",
     "cd C:\\src\\seedlib\n$env:{K} = \"" + V + "\"\ndotnet run --project Seedlib.Api\n"),
    ("allotment_ops_launchd_plist", "upper",
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n  <key>Label</key><string>org.oakfield.rota</string>\n  <key>EnvironmentVariables</key>\n  <dict>\n    <key>{K}</key><string>" + V + "</string>\n  </dict>\n</dict>\n</plist>\n"),
    ("allotment_ops_caddy_env_file", "upper",
     "# /etc/caddy/plots.env (EnvironmentFile for caddy)\nPLOTS_DOMAIN={H}\n{K}=" + V + "\n"),
    ("allotment_ops_crontab_env", "upper",
     "# crontab -l (treasurer box)\nMAILTO={U}@oakfield.example\n{K}=" + V + "\n15 6 * * 1 /opt/rent/bin/send-reminders\n"),
    ("allotment_committee_signal_export", "spaced",
     "[2025-03-{N} 19:02] Pat (secretary): new laptop is set up for the AGM\n[2025-03-{N} 19:03] Pat (secretary): {K} is " + V + " - don't put it in the newsletter!\n[2025-03-{N} 19:05] Dev: thanks, saved\n"),
    ("seed_library_mailing_list_digest", "spaced",
     "Seed Library Volunteers Digest, Vol 4, Issue {N}\n\nMessage: 3\nFrom: {U}@seedlib.example\nSubject: Re: catalogue laptop\n\nFor Saturday's swap the {K} is " + V + " (I'll change it after).\n"),
    ("allotment_helpdesk_trello_card_comment", "spaced",
     "Card: Fix rent reminder emails  (list: Doing)\nComment by treasurer - 2d ago:\nTried again, the {K} " + V + " still works on {H}, so it's the template.\n"),
    ("plot_inspection_clipboard_photo_ocr", "title",
     "PLOT INSPECTION - SPRING ROUND\nSite: Oakfield  Inspector: M. Reeve\nPlots 1-{N} checked, 3 notices\n{K}: " + V + "\n(for the tablet, ask Mavis)\n"),
    ("rent_treasurer_libreoffice_calc_csv", "title",
     "Item,Value,Notes\nRent year,2025/26,\nHost,{H},\n{K}," + V + ",do not share\nWater rate,0.{N},per m2\n"),
    ("allotment_app_sentry_breadcrumb_log", "camel",
     '{"category":"config","level":"debug","message":"loaded settings","data":{"host":"{H}","{K}":"' + V + '","retries":{N}}}\n'),
]
SPARE_KIND = ("seed_library_obsidian_note_md", "spaced")


def fill(tpl, key, rng):
    return (tpl.replace("{K}", key).replace("{H}", rng.choice(C.PUBLIC_HOSTS))
            .replace("{U}", rng.choice(C.PUBLIC_USERS)).replace("{N}", str(rng.randint(10, 28))))


def pairing():
    prng = random.Random(PAIR_SEED)
    out = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        prng.shuffle(perm)
        for j in range(3):
            out.append((KINDS[b * 3 + j], perm[j * 4:(j + 1) * 4]))
    return out


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for (kind, style, tpl), types in pairing():
        for typ in types:
            val = reg.draw(lambda: gen_value(rng, typ))
            key = keyname(TYPE_WORDS[typ], style)
            recs.append(C.pos_record(None, typ, kind, fill(tpl, key, rng), val, "everyday"))
    return recs
