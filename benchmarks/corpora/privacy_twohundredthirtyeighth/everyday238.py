"""Everyday source: 12 secret types of the photographers' world x 45 container kinds."""
import base64
import json
import random

from common238 import (MARK, HOSTS, USERS, STUDIO_NAMES, rs, password, uuid4, rbytes, jwt_hs, key_name,
                       split_marker, make_record, verhoeff_digit, crc32_hex)

SEED_VALUES = 23801
SEED_PAIRING = 23811

DJANGO_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"

# type -> (key words, description, kind)
TYPES = [
    ("studio_booking_backoffice_password", ["booking", "admin", "password"],
     "owner-chosen admin password of the studio booking back office (shoots, deposits, session slots)", "pw"),
    ("wedding_client_gallery_admin_password", ["gallery", "admin", "password"],
     "owner-chosen admin password of the client proofing / delivery gallery of a wedding photographer", "pw"),
    ("photo_lab_minilab_operator_password", ["minilab", "operator", "password"],
     "owner-chosen operator password of the photo lab's minilab / print controller", "pw"),
    ("tethering_station_login_password", ["tether", "station", "password"],
     "owner-chosen login password of the tethered-capture workstation in the studio", "pw"),
    ("print_kiosk_manager_password", ["kiosk", "manager", "password"],
     "owner-chosen manager password of the self-service photo print kiosk", "pw"),
    ("studio_nas_archive_admin_password", ["nas", "admin", "password"],
     "owner-chosen admin password of the studio NAS holding the RAW archive", "pw"),
    ("gallery_webhook_verhoeff_key", ["gallery", "webhook", "key"],
     "`glx_` + 11-digit studio number + its real Verhoeff check digit + `_` + 28 base62; signs gallery "
     "sale / download webhooks (layout invented)", "glx"),
    ("lab_order_crc32_token", ["lab", "order", "token"],
     "`lab_` + 32 base62 + 8 lower-case hex of the real CRC-32 (zlib) of those 32 characters; token of the "
     "lab order-intake API (layout invented)", "lab"),
    ("proofing_site_django_secret_key", ["django", "secret", "key"],
     "Django `SECRET_KEY`: 50 characters from Django's own generator alphabet (a-z 0-9 !@#$%^&*(-_=+)); "
     "signs sessions of the proofing site", "django"),
    ("print_queue_hs512_jwt", ["print", "queue", "jwt"],
     "real HS512 JWT (base64url JSON header and payload, HMAC-SHA512 under a discarded key); bearer "
     "token of the lab print queue", "jwt"),
    ("studio_vpn_wireguard_private_key", ["wireguard", "private", "key"],
     "WireGuard private key: standard Base64 of 32 random bytes with Curve25519 clamping (44 characters "
     "with `=`); the studio-to-lab VPN", "wg"),
    ("studio_admin_totp_base32_seed", ["admin", "totp", "seed"],
     "TOTP seed: RFC 4648 Base32 of 20 random bytes (32 characters, no padding); second factor of the "
     "studio admin accounts", "totp"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_INFO = {t[0]: t for t in TYPES}


def gen_value(kind, rng):
    if kind == "pw":
        return password(rng)
    if kind == "glx":
        num = rs(rng, "dig", 11)
        return "glx_" + num + verhoeff_digit(num) + "_" + rs(rng, "an", 28)
    if kind == "lab":
        body = rs(rng, "an", 32)
        return "lab_" + body + crc32_hex(body)
    if kind == "django":
        return rs(rng, DJANGO_ALPHABET, 50)
    if kind == "jwt":
        iat = 1767000000 + rng.randint(0, 9000000)
        payload = {"sub": "printq-" + rs(rng, "lan", 8), "lab": rng.choice(["fixerbath", "halide", "oakridge"]),
                   "scope": rng.choice(["print:submit", "print:submit queue:read", "queue:admin"]),
                   "iat": iat, "exp": iat + rng.choice([86400, 604800, 2592000])}
        return jwt_hs(rng, "HS512", payload)
    if kind == "wg":
        b = bytearray(rbytes(rng, 32))
        b[0] &= 248
        b[31] &= 127
        b[31] |= 64
        return base64.b64encode(bytes(b)).decode()
    if kind == "totp":
        return base64.b32encode(rbytes(rng, 20)).decode()
    raise ValueError(kind)


def _f(rng):
    """Random fillers for templates."""
    return {
        "dom": rng.choice(HOSTS), "user": rng.choice(USERS), "ip": f"10.{rng.randint(0, 40)}.{rng.randint(0, 250)}.{rng.randint(2, 250)}",
        "port": rng.choice([5432, 3306, 6379, 8080, 8443, 9000]), "n2": rng.randint(10, 99), "n3": rng.randint(100, 999),
        "n4": rng.randint(1000, 9999), "studio": rng.choice(STUDIO_NAMES), "ts": 1760000000 + rng.randint(0, 9999999),
        "day": rng.randint(1, 28), "mon": rng.randint(1, 12), "hh": rng.randint(7, 22), "mm": rng.randint(10, 59),
        "ver": f"{rng.randint(1, 4)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}",
    }


# container kind -> (style, bad characters / substrings, template); {K} is the key, MARK the value.
V = MARK
CONTAINERS = {
    "studio_site_django_settings_local_py": ("upper", [], (
        "# settings/local.py - studio booking site, not committed\nfrom .base import *  # noqa\n\nDEBUG = False\n"
        "ALLOWED_HOSTS = [\"book.{dom}\", \"127.0.0.1\"]\n{K} = \"" + V + "\"\nTIME_ZONE = \"Europe/London\"\n")),
    "studio_site_wagtail_env_production": ("upper", ["'"], (
        "WAGTAIL_SITE_NAME=\"{studio}\"\nDATABASE_URL=postgres://wagtail@db.internal:{port}/studio\n"
        "{K}='" + V + "'\nMEDIA_ROOT=/srv/studio/media\n")),
    "gallery_site_nextjs_env_local": ("upper", [" "], (
        "# .env.local (gallery front end)\nNEXT_PUBLIC_SITE_URL=https://gallery.{dom}\n{K}=" + V +
        "\nNEXT_PUBLIC_GALLERY_THEME=linen\n")),
    "gallery_site_astro_config_mjs": ("camel", ["'"], (
        "// astro.config.mjs\nimport {{ defineConfig }} from 'astro/config';\n\nexport default defineConfig({{\n"
        "  site: 'https://{dom}',\n  integrations: [],\n  vite: {{ define: {{ {K}: JSON.stringify('" + V +
        "') }} }},\n}});\n")),
    "gallery_site_gatsby_config_js": ("camel", ["`", "${"], (
        "module.exports = {{\n  siteMetadata: {{ title: `{studio}` }},\n  plugins: [\n    {{\n"
        "      resolve: `gatsby-source-studio-gallery`,\n      options: {{ apiBase: `https://api.{dom}`, {K}: `" + V +
        "` }},\n    }},\n  ],\n}}\n")),
    "gallery_site_hugo_config_toml": ("snake", ["\"", "\\"], (
        "baseURL = \"https://{dom}/\"\ntitle = \"{studio}\"\ntheme = \"darkroom\"\n\n[params]\n  accent = \"#c8a26b\"\n"
        "  {K} = \"" + V + "\"\n")),
    "booking_api_express_config_json": ("camel", ["\"", "\\"], (
        "{{\n  \"port\": {port},\n  \"bookingUrl\": \"https://book.{dom}\",\n  \"{K}\": \"" + V +
        "\",\n  \"depositPercent\": 30\n}}\n")),
    "booking_api_go_viper_config_yaml": ("snake", ["'"], (
        "server:\n  addr: \":{port}\"\nbooking:\n  studio: \"{studio}\"\n  {K}: '" + V + "'\n  slot_minutes: 90\n")),
    "booking_api_quarkus_application_properties": ("dot", ["\\", " "], (
        "quarkus.http.port={port}\nquarkus.datasource.username=booking\n{K}=" + V +
        "\nstudio.booking.slot-minutes=60\n")),
    "booking_api_micronaut_application_yml": ("kebab", ["'"], (
        "micronaut:\n  application:\n    name: studio-booking\nstudio:\n  {K}: '" + V + "'\n  deposit-percent: 25\n")),
    "booking_api_dotnet_launchsettings_json": ("upper", ["\"", "\\"], (
        "{{\n  \"profiles\": {{\n    \"StudioBooking\": {{\n      \"commandName\": \"Project\",\n"
        "      \"applicationUrl\": \"https://localhost:7{n3}\",\n      \"environmentVariables\": {{\n"
        "        \"ASPNETCORE_ENVIRONMENT\": \"Development\",\n        \"{K}\": \"" + V + "\"\n      }}\n    }}\n  }}\n}}\n")),
    "lab_minilab_frontier_ini": ("pascal", [";", " "], (
        "[Operator]\nStation=FR-{n2}\nShift=Early\n{K}=" + V + "\n\n[Printer]\nPaperWidth=152\nChemistry=CP-49E\n")),
    "lab_darkroom_timer_arduino_secrets_h": ("upper", ["\"", "\\", "??"], (
        "// arduino_secrets.h - darkroom timer / safelight controller\n#pragma once\n#define SECRET_SSID \"lab-{n3}\"\n"
        "#define {K} \"" + V + "\"\n")),
    "lab_scanner_station_ini": ("pascal", [";", " "], (
        "; film scanner station\n[Scanner]\nModel=Coolscan 5000\nOutputDir=D:\\Scans\\{n4}\n[Lab]\n{K}=" + V + "\n")),
    "lab_order_intake_php_config_inc": ("snake", ["'", "\\"], (
        "<?php\n// config.inc.php - lab order intake\n$config['db_host'] = '{ip}';\n$config['{K}'] = '" + V +
        "';\n$config['max_upload_mb'] = 800;\n")),
    "print_kiosk_config_plist": ("pascal", ["&", "<", ">"], (
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n  <key>KioskName</key>\n"
        "  <string>Counter {n2}</string>\n  <key>{K}</key>\n  <string>" + V + "</string>\n</dict>\n</plist>\n")),
    "print_kiosk_qt_settings_conf": ("pascal", [";", " ", "\\", "\""], (
        "[General]\nLanguage=en_GB\nPrintSizes=10x15, 13x18, 20x30\n{K}=" + V + "\n[Payment]\nTerminal=ingenico\n")),
    "tether_station_capture_one_applescript": ("camel", ["\"", "\\"], (
        "-- tether helper for Capture One sessions\nset sessionRoot to \"/Volumes/Capture/{n4}\"\nset {K} to \"" + V +
        "\"\ntell application \"Capture One\" to activate\n")),
    "tether_station_lightroom_plugin_lua": ("camel", ["\"", "\\"], (
        "-- Info.lua companion: studio upload settings\nlocal LrHttp = import 'LrHttp'\nlocal uploadHost = \"https://upload.{dom}\"\n"
        "local {K} = \"" + V + "\"\nreturn {{ host = uploadHost }}\n")),
    "tether_station_gphoto_hook_toml": ("snake", ["\"", "\\"], (
        "# gphoto2 hook script settings\n[capture]\nfolder = \"/srv/tether/{n4}\"\nformat = \"RAW+JPEG\"\n\n[sync]\n"
        "{K} = \"" + V + "\"\n")),
    "studio_nas_synology_task_script_sh": ("upper", ["'"], (
        "#!/bin/sh\n# Synology scheduled task: nightly RAW archive sync\nexport ARCHIVE_ROOT=/volume1/raw\nexport {K}='" + V +
        "'\n/usr/local/bin/archive-sync --target lab\n")),
    "studio_nas_rclone_remote_conf": ("snake", [" "], (
        "[nas-archive]\ntype = sftp\nhost = nas.{dom}\nuser = {user}\n{K} = " + V + "\nshell_type = unix\n")),
    "studio_lighting_dmx_controller_json": ("camel", ["\"", "\\"], (
        "{{\n  \"universe\": 1,\n  \"fixtures\": [\"strobe-a\", \"strobe-b\", \"fresnel\"],\n  \"{K}\": \"" + V +
        "\",\n  \"artnetIp\": \"{ip}\"\n}}\n")),
    "studio_ops_ansible_host_vars_yml": ("snake", ["'"], (
        "---\n# host_vars/nas.yml\nansible_host: {ip}\nraw_share: /volume1/raw\n{K}: '" + V + "'\n")),
    "studio_ops_terraform_auto_tfvars": ("snake", ["\"", "\\", "${", "%{"], (
        "region       = \"eu-west-2\"\nbucket_name  = \"studio-proofs-{n4}\"\n{K} = \"" + V + "\"\n")),
    "studio_ops_helmfile_values_yaml": ("camel", ["'"], (
        "gallery:\n  replicas: 2\n  ingressHost: gallery.{dom}\n  {K}: '" + V + "'\n")),
    "studio_ops_docker_swarm_stack_yml": ("upper", [" ", "$"], (
        "version: \"3.8\"\nservices:\n  booking:\n    image: registry.{dom}/booking:{ver}\n    environment:\n"
        "      - TZ=Europe/London\n      - {K}=" + V + "\n    deploy:\n      replicas: 2\n")),
    "studio_ops_github_actions_workflow_env": ("upper", ["\"", "\\"], (
        "name: deploy-gallery\non: [push]\nenv:\n  NODE_VERSION: \"20\"\n  {K}: \"" + V + "\"\njobs:\n  deploy:\n"
        "    runs-on: ubuntu-latest\n")),
    "studio_ops_gitlab_ci_variables_yml": ("upper", ["\"", "\\"], (
        "stages: [build, deploy]\nvariables:\n  DOCKER_DRIVER: overlay2\n  {K}: \"" + V + "\"\ndeploy:\n"
        "  stage: deploy\n  script: ./deploy.sh\n")),
    "studio_ops_drone_ci_yml": ("upper", ["\"", "\\"], (
        "kind: pipeline\ntype: docker\nname: lab-intake\nsteps:\n  - name: test\n    image: python:3.12\n"
        "    environment:\n      {K}: \"" + V + "\"\n    commands:\n      - pytest -q\n")),
    "studio_ops_jenkinsfile_environment": ("upper", ["'", "\\"], (
        "pipeline {{\n  agent any\n  environment {{\n    STUDIO_ENV = 'production'\n    {K} = '" + V +
        "'\n  }}\n  stages {{ stage('Deploy') {{ steps {{ sh './deploy.sh' }} }} }}\n}}\n")),
    "studio_ops_zsh_history": ("upper", ["'"], (
        ": {ts}:0;cd ~/studio/booking\n: {ts}:0;export {K}='" + V + "'\n: {ts}:0;make deploy\n")),
    "studio_ops_nginx_fastcgi_param": ("upper", ["\"", "\\"], (
        "location ~ \\.php$ {{\n    include fastcgi_params;\n    fastcgi_pass unix:/run/php/php8.3-fpm.sock;\n"
        "    fastcgi_param {K} \"" + V + "\";\n}}\n")),
    "studio_ops_launchd_plist_environment": ("upper", ["&", "<", ">"], (
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n  <key>Label</key>\n"
        "  <string>example.studio.tether-sync</string>\n  <key>EnvironmentVariables</key>\n  <dict>\n    <key>{K}</key>\n"
        "    <string>" + V + "</string>\n  </dict>\n</dict>\n</plist>\n")),
    "studio_ops_windows_setx_history": ("upper", ["\"", "%", "^"], (
        "PS C:\\Studio> setx {K} \"" + V + "\"\n\nSUCCESS: Specified value was saved.\nPS C:\\Studio> .\\start-kiosk.ps1\n")),
    "studio_app_gradle_properties": ("camel", ["\\", " "], (
        "org.gradle.jvmargs=-Xmx2g\nandroid.useAndroidX=true\n{K}=" + V + "\n")),
    "studio_app_swift_xcconfig": ("upper", ["//", " ", "$"], (
        "// Release.xcconfig - studio client app\nPRODUCT_BUNDLE_IDENTIFIER = example.studio.client\n{K} = " + V + "\n")),
    "studio_app_clojure_edn_config": ("kebab", ["\"", "\\"], (
        "{{:http {{:port {port}}}\n :studio {{:name \"{studio}\"\n          :{K} \"" + V + "\"}}}}\n")),
    "studio_app_r_renviron": ("upper", [" ", "#", "$"], (
        "# ~/.Renviron for the print-colour reports\nR_LIBS_USER=~/R/library\n{K}=" + V + "\n")),
    "wedding_team_slack_thread_paste": ("spaced", [], (
        "{user}  {hh}:{mm}\nanyone know the {K} for tonight's upload?\n{user2}  {hh}:{mm}\n" + V +
        "\n{user2}  {hh}:{mm}\n(delete this after you've copied it pls)\n")),
    "wedding_team_signal_chat_export": ("spaced", [], (
        "[{day}/{mon}/2026 {hh}:{mm}] {user}: second shooter needs the {K}\n[{day}/{mon}/2026 {hh}:{mm}] {user2}: it's " + V +
        " - don't forward it\n")),
    "wedding_planner_email_reply": ("spaced", [], (
        "Hi {user},\n\nas discussed on the phone, the {K} is " + V + " until Friday, then I'll change it.\n\nBest,\n{user2}\n")),
    "lab_order_sheet_csv_export": ("title", [",", "\""], (
        "Item,Value,Owner,Updated\nPaper stock,Lustre 250gsm,{user},2026-{mon:02d}-{day:02d}\n{K}," + V + ",{user2},2026-{mon:02d}-{day:02d}\n")),
    "studio_whiteboard_photo_ocr": ("title", [], (
        "SHOOT WEEK {n2}\nMon - headshots 10:00\n{K}: " + V + "\nWed - wedding prep, charge all batteries\n")),
    "studio_obsidian_vault_note_md": ("title", ["|"], (
        "# Studio IT\n\n| Thing | Value |\n|---|---|\n| Router | studio-gw-{n3} |\n| {K} | " + V + " |\n\n#admin #studio\n")),
}
SPARE_KIND = "gallery_site_sveltekit_private_env"
assert len(CONTAINERS) == 45, len(CONTAINERS)
KIND_NAMES = list(CONTAINERS)


def render(kind, key, value, rng):
    style, bad, tmpl = CONTAINERS[kind]
    f = _f(rng)
    f["user2"] = rng.choice([u for u in USERS if u != f["user"]])
    text = tmpl.replace("{K}", "\u0000K\u0000").format(**f).replace("\u0000K\u0000", key)
    return split_marker(text)


def pairing():
    """15 blocks of 3 kinds; each block deals a seeded permutation of the 12 types, 4 to each kind."""
    rng = random.Random(SEED_PAIRING)
    out = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        rng.shuffle(perm)
        for k in range(3):
            kind = KIND_NAMES[b * 3 + k]
            out.append((kind, perm[k * 4:(k + 1) * 4]))
    return out


def generate(reg, next_id):
    rng = random.Random(SEED_VALUES)
    recs = []
    for kind, types in pairing():
        style, bad, _ = CONTAINERS[kind]
        for typ in types:
            words, _, vk = TYPE_INFO[typ][1], TYPE_INFO[typ][2], TYPE_INFO[typ][3]
            key = key_name(words, style)

            def draw():
                while True:
                    v = gen_value(vk, rng)
                    if not any(b in v for b in bad):
                        return v
            value = reg.draw(draw)
            pre, suf = render(kind, key, value, rng)
            recs.append(make_record(next_id(), typ, kind, pre, value, suf, "everyday"))
    return recs
