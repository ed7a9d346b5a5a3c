"""Everyday source: 12 secret types of the escape-room world x 45 container kinds."""
import random
import re

from common232 import (MARK, BASE62, HEXL, LALNUM, DIGITS, DJANGO_CHARS, rs, owner_password,
                       uuid4, jwt_make, rbytes, crc16_ccitt_false, verhoeff_digit, luhn36_char,
                       wg_private_key, style_key, place)

SEED_VALUES = 23201
SEED_PAIRING = 23211

HOSTS = ["lockstep-escapes.example", "cipherhall-rooms.example", "lanternworks-theatre.example",
         "midnight-hunt.example"]

# type -> (key words, description, kind)
TYPES = [
    ("escape_booking_admin_password", "booking admin password",
     "owner-chosen admin password of the escape-room booking site (slots, vouchers, waivers)"),
    ("game_master_console_password", "gm console password",
     "owner-chosen password of the game-master control console (room cameras, timers, hint push)"),
    ("prop_controller_web_password", "prop web password",
     "owner-chosen web-UI password of the puzzle-prop controllers (maglocks, sensors, relays)"),
    ("hint_screen_kiosk_password", "hint kiosk password",
     "owner-chosen unlock password of the in-room hint screen kiosk"),
    ("hunt_site_admin_password", "hunt admin password",
     "owner-chosen admin password of the puzzle-hunt website (teams, answers, unlocks)"),
    ("lighting_desk_remote_password", "lighting remote password",
     "owner-chosen remote-access password of the immersive-theatre lighting / show-control desk"),
    ("maglock_relay_api_key", "maglock api key",
     "`mlk_` + 24 base62 + `_` + 4 lower-case hex of the real CRC-16/CCITT-FALSE of those 24 characters; key of the maglock relay board API (layout invented)"),
    ("booking_widget_api_key", "widget api key",
     "`erb_` + 8-digit venue number + its real Verhoeff check digit + `_` + 32 lower-case hex; server key of the booking widget API (layout invented)"),
    ("hunt_answer_webhook_secret", "answer webhook secret",
     "`phw_` + 30 characters [0-9a-z] + 1 real Luhn mod 36 check character; signs answer-submission webhooks of the puzzle-hunt site (layout invented)"),
    ("game_state_hs512_jwt", "game state jwt",
     "real HS512 JWT (base64url JSON header and payload, HMAC-SHA512 under a discarded key); bearer token of the room game-state websocket"),
    ("booking_site_django_secret_key", "secret key",
     "Django `SECRET_KEY`: 50 characters from Django's own alphabet (a-z 0-9 !@#$%^&*(-_=+)); signs the booking site's sessions and password-reset links"),
    ("venue_wireguard_private_key", "wg private key",
     "WireGuard private key: standard Base64 of 32 random bytes clamped as X25519 (44 characters); joins the venue's remote-support tunnel"),
]
PASSWORD_TYPES = [t[0] for t in TYPES[:6]]


def gen_value(t, rng):
    if t in PASSWORD_TYPES:
        return owner_password(rng)
    if t == "maglock_relay_api_key":
        body = rs(rng, BASE62, 24)
        return "mlk_%s_%04x" % (body, crc16_ccitt_false(body.encode()))
    if t == "booking_widget_api_key":
        n = str(rng.randint(10000000, 99999999))
        return "erb_%s%s_%s" % (n, verhoeff_digit(n), rs(rng, HEXL, 32))
    if t == "hunt_answer_webhook_secret":
        body = rs(rng, LALNUM, 30)
        return "phw_" + body + luhn36_char(body)
    if t == "game_state_hs512_jwt":
        payload = {"sub": "room-%d" % rng.randint(1, 9), "venue": rng.choice(HOSTS).split(".")[0],
                   "scope": "state:write hints:push", "iat": 1760000000 + rng.randint(0, 9999999)}
        payload["exp"] = payload["iat"] + 5400
        return jwt_make(rng, {"alg": "HS512", "typ": "JWT"}, payload, 64, key=rbytes(rng, 64))
    if t == "booking_site_django_secret_key":
        return rs(rng, DJANGO_CHARS, 50)
    if t == "venue_wireguard_private_key":
        return wg_private_key(rng)
    raise ValueError(t)


# (container kind, style, template). {K} = styled key, [[words]] = styled filler key, {H} host,
# {IP} private address, MARK = value.
V = MARK
CONTAINERS = [
    ("booking_site_django_settings_py", "upper",
     "# settings/production.py\nDEBUG = False\nALLOWED_HOSTS = [\"book.{H}\"]\n[[time zone]] = \"Europe/London\"\n{K} = \"" + V + "\"\n[[session cookie age]] = 1209600\n"),
    ("booking_site_wordpress_wp_config_php", "upper",
     "<?php\ndefine( 'DB_NAME', 'wp_bookings' );\ndefine( 'DB_HOST', '{IP}' );\ndefine( '{K}', '" + V + "' );\ndefine( 'WP_DEBUG', false );\n$table_prefix = 'esc_';\n"),
    ("booking_site_nextjs_env_local", "upper",
     "# .env.local (not committed, hopefully)\nNEXT_PUBLIC_SITE_URL=https://book.{H}\n[[booking slot minutes]]=60\n{K}=" + V + "\n[[max players]]=6\n"),
    ("booking_site_astro_config_mjs", "camel",
     "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({\n  site: 'https://{H}',\n  vite: {\n    define: {\n      [[rooms endpoint]]: JSON.stringify('https://api.{H}/rooms'),\n      {K}: JSON.stringify('" + V + "'),\n    },\n  },\n});\n"),
    ("booking_site_sveltekit_env_private_ts", "upper",
     "// src/lib/server/env.ts – copied from the old VPS\nexport const [[waiver form id]] = 'wf_2231';\nexport const {K} = '" + V + "';\nexport const [[slot buffer min]] = 15;\n"),
    ("hunt_site_flask_instance_config_py", "upper",
     "# instance/config.py – puzzle hunt 2025\n[[hunt start]] = \"2025-10-18T12:00:00Z\"\n[[max team size]] = 8\n{K} = '" + V + "'\n[[answer rate limit]] = \"6/minute\"\n"),
    ("hunt_site_rust_rocket_toml", "snake",
     "[default]\naddress = \"0.0.0.0\"\nport = 8000\n\n[release]\n[[hunt slug]] = \"midnight-2025\"\n{K} = \"" + V + "\"\n[[log level]] = \"normal\"\n"),
    ("hunt_site_clojure_edn_config", "kebab",
     "{:http {:port 3000}\n :hunt {:[[round count]] 7\n        :{K} \"" + V + "\"\n        :[[unlock mode]] :staggered}}\n"),
    ("hunt_site_ktor_application_conf", "camel",
     "ktor {\n  deployment { port = 8080 }\n  application { modules = [ hunt.ApplicationKt.module ] }\n}\nhunt {\n  [[team cap]] = 400\n  {K} = \"" + V + "\"\n}\n"),
    ("hunt_site_deno_deploy_env_json", "upper",
     "{\n  \"project\": \"midnight-hunt\",\n  \"envVars\": {\n    \"[[hunt year]]\": \"2025\",\n    \"{K}\": \"" + V + "\",\n    \"[[discord invite]]\": \"https://discord.gg/midnighthunt\"\n  }\n}\n"),
    ("gm_console_electron_config_json", "camel",
     "{\n  \"windowTitle\": \"GM Console – {H}\",\n  \"[[camera grid]]\": \"3x2\",\n  \"{K}\": \"" + V + "\",\n  \"[[hint sound]]\": \"chime.wav\"\n}\n"),
    ("gm_console_godot_project_godot", "snake",
     "; Engine configuration file.\nconfig_version=5\n\n[application]\nconfig/name=\"GM Console\"\n\n[gm]\n[[room count]]=4\n{K}=\"" + V + "\"\n"),
    ("gm_console_unity_playerprefs_plist", "pascal",
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n  <key>[[last room]]</key>\n  <string>Pharaoh</string>\n  <key>{K}</key>\n  <string>" + V + "</string>\n</dict>\n</plist>\n"),
    ("gm_console_qt_settings_ini", "pascal",
     "[General]\n[[window geometry]]=@ByteArray(\\x1\\xd9\\xd0\\xcb)\n\n[Console]\n[[default room]]=3\n{K}=" + V + "\n"),
    ("gm_console_windows_credential_note_txt", "title",
     "GM console – things the night manager needs\n\n[[alarm panel]]: ask Priya\n{K}: " + V + "\n[[room reset checklist]]: on the clipboard\n"),
    ("prop_controller_circuitpython_settings_toml", "upper",
     "# settings.toml on CIRCUITPY\nCIRCUITPY_WIFI_SSID = \"props-2g\"\n[[mqtt broker]] = \"{IP}\"\n{K} = \"" + V + "\"\n[[room id]] = 3\n"),
    ("prop_controller_arduino_secrets_h", "upper",
     "// arduino_secrets.h – Pharaoh room sarcophagus\n#define SECRET_SSID \"props-2g\"\n#define [[broker host]] \"{IP}\"\n#define {K} \"" + V + "\"\n"),
    ("prop_controller_micropython_config_py", "snake",
     "# config.py (MicroPython, ESP32 relay board)\n[[room]] = 'laboratory'\n[[relay pins]] = (12, 13, 14, 27)\n{K} = '" + V + "'\n"),
    ("prop_controller_zigbee2mqtt_configuration_yaml", "snake",
     "homeassistant: false\nmqtt:\n  base_topic: props\n  server: mqtt://{IP}\nfrontend:\n  port: 8080\nadvanced:\n  [[log level]]: warn\n  {K}: '" + V + "'\n"),
    ("prop_controller_openhab_services_cfg", "dot",
     "# services/props.cfg\nprops:[[room name]]=Submarine\nprops:{K}=" + V + "\nprops:[[poll interval]]=250\n"),
    ("show_control_companion_config_json", "camel",
     "{\n  \"instance\": \"qlab-main\",\n  \"host\": \"{IP}\",\n  \"[[osc port]]\": 53000,\n  \"{K}\": \"" + V + "\",\n  \"[[use tcp]]\": true\n}\n"),
    ("show_control_obs_websocket_config_json", "snake",
     "{\n  \"server_enabled\": true,\n  \"server_port\": 4455,\n  \"[[alerts enabled]]\": false,\n  \"{K}\": \"" + V + "\"\n}\n"),
    ("show_control_node_osc_env_js", "camel",
     "// show-control/env.js – immersive run, week 3\nmodule.exports = {\n  [[cue file]]: './cues/act2.json',\n  {K}: '" + V + "',\n  [[dmx universe]]: 2,\n};\n"),
    ("ticket_scanner_kotlin_buildconfig_gradle_kts", "upper",
     "android {\n    defaultConfig {\n        buildConfigField(\"String\", \"[[api base]]\", \"\\\"https://api.{H}\\\"\")\n        buildConfigField(\"String\", \"{K}\", \"\\\"" + V + "\\\"\")\n    }\n}\n"),
    ("ticket_scanner_swift_config_xcconfig", "upper",
     "// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = example.lockstep.scanner\n[[api host]] = api.{H}\n{K} = " + V + "\n"),
    ("escape_ops_compose_override_yml", "upper",
     "services:\n  booking:\n    image: ghcr.io/lockstep/booking:2.4\n    environment:\n      [[database host]]: db\n      {K}: \"" + V + "\"\n      [[worker count]]: \"3\"\n"),
    ("escape_ops_kustomize_secret_generator_env", "upper",
     "# overlays/prod/secrets.env (kustomize secretGenerator)\n[[room sync interval]]=30s\n{K}=" + V + "\n"),
    ("escape_ops_terraform_auto_tfvars", "snake",
     "region        = \"eu-west-2\"\n[[instance type]] = \"t3.small\"\n{K} = \"" + V + "\"\n[[backup retention days]] = 14\n"),
    ("escape_ops_github_actions_workflow_env", "upper",
     "name: deploy-booking\non: [push]\nenv:\n  [[node version]]: 20\n  {K}: " + V + "\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"),
    ("escape_ops_gitlab_ci_variables_yml", "upper",
     "variables:\n  [[docker driver]]: overlay2\n  {K}: \"" + V + "\"\nstages: [test, deploy]\n"),
    ("escape_ops_jenkinsfile_environment", "upper",
     "pipeline {\n  agent any\n  environment {\n    [[deploy target]] = 'props-hub'\n    {K} = '" + V + "'\n  }\n  stages { stage('Flash') { steps { sh './flash.sh' } } }\n}\n"),
    ("escape_ops_netlify_toml", "upper",
     "[build]\n  command = \"npm run build\"\n  publish = \"dist\"\n\n[build.environment]\n  [[node version]] = \"20\"\n  {K} = \"" + V + "\"\n"),
    ("escape_ops_wrangler_toml_vars", "upper",
     "name = \"hunt-answers\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-06-01\"\n\n[vars]\n[[hunt round]] = \"5\"\n{K} = \"" + V + "\"\n"),
    ("escape_ops_vagrantfile_env", "upper",
     "Vagrant.configure(\"2\") do |config|\n  config.vm.box = \"debian/bookworm64\"\n  config.vm.provision \"shell\", env: {\n    \"[[room count]]\" => \"4\",\n    \"{K}\" => \"" + V + "\"\n  }, path: \"provision.sh\"\nend\n"),
    ("escape_ops_makefile_exports", "upper",
     "[[props host]] ?= {IP}\nexport {K} := " + V + "\n\nflash:\n\tpio run -t upload\n"),
    ("escape_ops_zsh_history", "upper",
     ": 1761203311:0;cd ~/venue/props\n: 1761203340:0;export {K}='" + V + "'\n: 1761203352:0;./sync-rooms.sh --room 3\n"),
    ("escape_ops_vscode_launch_json", "upper",
     "{\n  \"version\": \"0.2.0\",\n  \"configurations\": [{\n    \"name\": \"Debug GM API\",\n    \"type\": \"node\",\n    \"env\": { \"[[log level]]\": \"debug\", \"{K}\": \"" + V + "\" }\n  }]\n}\n"),
    ("escape_ops_intellij_run_configuration_xml", "upper",
     "<component name=\"ProjectRunConfigurationManager\">\n  <configuration name=\"HuntServer\" type=\"Application\">\n    <envs>\n      <env name=\"[[hunt slug]]\" value=\"midnight\" />\n      <env name=\"{K}\" value=\"" + V + "\" />\n    </envs>\n  </configuration>\n</component>\n"),
    ("escape_ops_vault_kv_put_history", "snake",
     "$ vault login -method=oidc\n$ vault kv put secret/venue/props {K}='" + V + "' [[room]]=laboratory\nKey              Value\n---              -----\nversion          4\n"),
    ("escape_ops_journalctl_startup_log", "snake",
     "Oct 21 09:14:02 props-hub prop-bridge[812]: loaded config from /etc/prop-bridge.yml\nOct 21 09:14:02 props-hub prop-bridge[812]: config dump: [[room]]=submarine {K}=" + V + " [[poll ms]]=250\nOct 21 09:14:03 props-hub prop-bridge[812]: mqtt connected\n"),
    ("venue_slack_thread_export_txt", "spaced",
     "[09:02] Dan: new GM starts today, can someone send the {K}?\n[09:05] Aisha: {K} is " + V + " (please don't stick it on the monitor again)\n[09:06] Dan: thanks 🙏\n"),
    ("venue_staff_rota_google_sheet_csv", "title",
     "Week,Opening GM,Closing GM,{K},Notes\n43,Aisha,Tom," + V + ",room 2 clock sticks\n"),
    ("venue_gm_handover_logbook_txt", "spaced",
     "HANDOVER – Saturday late shift\n- Pharaoh: sarcophagus lid magnet weak, reset twice\n- {K} changed after the incident: " + V + "\n- leave the hint screen on standby\n"),
    ("venue_jira_ticket_comment", "spaced",
     "PROPS-214 Maglock 3 does not release on solve\nComment (Tom): reproduced. For whoever picks this up, {K} = " + V + " – the relay board is at {IP}.\n"),
    ("venue_obsidian_markdown_note", "title",
     "# Venue IT\n\n| Item | Value |\n|---|---|\n| [[router location]] | cupboard behind the bookcase |\n| {K} | " + V + " |\n| [[support phone]] | ext. 204 |\n"),
]

IP_POOL = ["10.20.3.%d" % i for i in range(10, 60)] + ["192.168.40.%d" % i for i in range(10, 60)]


def fill(template, style, key, rng):
    t = re.sub(r"\[\[([a-z ]+)\]\]", lambda m: style_key(m.group(1), style), template)
    t = t.replace("{K}", key).replace("{H}", rng.choice(HOSTS)).replace("{IP}", rng.choice(IP_POOL))
    return t


def pairing():
    """15 blocks of 3 kinds; each block deals a seeded permutation of the 12 types."""
    rng = random.Random(SEED_PAIRING)
    names = [t[0] for t in TYPES]
    out = []
    for b in range(15):
        perm = names[:]
        rng.shuffle(perm)
        for k in range(3):
            ci = b * 3 + k
            for tname in perm[k * 4:(k + 1) * 4]:
                out.append((ci, tname))
    return out


def build(reg):
    rng = random.Random(SEED_VALUES)
    words = {t[0]: t[1] for t in TYPES}
    recs = []
    for ci, tname in pairing():
        kind, style, tpl = CONTAINERS[ci]
        key = style_key(words[tname], style)
        if tname == "booking_site_django_secret_key" and style == "upper":
            key = "SECRET_KEY"
        value = reg.draw(gen_value, tname, rng)
        text, s, e = place(fill(tpl, style, key, rng), value)
        recs.append({"type": tname, "container": kind, "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": tname}],
                     "source": "everyday"})
    return recs


SPARE_KIND = "venue_signal_group_paste"
