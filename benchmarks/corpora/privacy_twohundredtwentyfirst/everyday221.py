"""Everyday source: 12 secret types x 45 container kinds, 4 records per kind."""
import base64
import json
import random

import common221 as C

S = "\x00V\x00"  # slot marker, replaced by the value

HOSTS = ["records.hivehaven.lan", "shop.goldcomb-honey.example", "pos.waxandwing-supplies.example",
         "scales.heatherbank-apiary.example", "queens.hivehaven.lan", "10.42.7.19", "192.168.50.12",
         "swarm.heatherbank-apiary.example", "db.goldcomb-honey.example", "mqtt.hivehaven.lan"]

# type -> (key words, description, generator name)
TYPES = [
    ("hive_inspection_records_admin_password", ["hive", "records", "admin", "password"], "owner-chosen admin password of the hive-inspection records app (colony notes, queen status, treatments)", "pw"),
    ("honey_shop_backoffice_password", ["shop", "backoffice", "password"], "owner-chosen password of the online honey-shop back office (jars, comb, gift boxes)", "pw"),
    ("extraction_room_console_password", ["extraction", "console", "password"], "owner-chosen password of the extraction-room and bottling-line console (extractor, settling tanks, jar filler)", "pw"),
    ("queen_rearing_db_password", ["queen", "db", "password"], "owner-chosen password of the queen-rearing and breeding-records database", "pw"),
    ("swarm_hotline_dispatch_password", ["swarm", "dispatch", "password"], "owner-chosen login password of the swarm-collection hotline dispatch portal", "pw"),
    ("supply_shop_pos_admin_password", ["pos", "admin", "password"], "owner-chosen admin password of the apiary-supply shop till and stock system", "pw"),
    ("hive_scale_ingest_token", ["scale", "ingest", "token"], "`hsi_` + 32 base62 + `_` + 8 lower-case hex of the real CRC-32 of those 32 characters; token the hive scales use to post weight, temperature and humidity (layout invented)", "hsi"),
    ("varroa_count_api_key", ["varroa", "api", "key"], "`vca_` + 9-digit association account + its real Damm check digit + `_` + 28 base62; key of the varroa mite-count reporting API (layout invented)", "vca"),
    ("honey_label_paserk_local_key", ["label", "paserk", "key"], "PASERK `k4.local.` + base64url of 32 random bytes (43 characters); symmetric key that seals the traceability QR on honey-jar labels", "paserk"),
    ("swarm_dispatch_hs384_jwt", ["dispatch", "jwt"], "real HS384 JWT (base64url JSON header and payload, HMAC-SHA384 under a discarded key); bearer token of the swarm-dispatch app", "jwt"),
    ("shop_admin_totp_seed", ["admin", "totp", "secret"], "RFC 4648 Base32 of 20 random bytes (32 characters, no padding); TOTP seed of the honey-shop admin login", "totp"),
    ("lorawan_hive_scale_appkey", ["lorawan", "app", "key"], "LoRaWAN 1.0 AppKey: 32 upper-case hex (16 random bytes); root key the hive scales join the network with", "appkey"),
]
PW_TYPES = [t[0] for t in TYPES if t[3] == "pw"]


def gen_value(kind, rng, reg):
    if kind == "pw":
        return reg.draw(lambda: C.password(rng))
    if kind == "hsi":
        def f():
            body = C.rs(rng, C.ALNUM, 32)
            return "hsi_" + body + "_" + C.crc32_hex(body)
        return reg.draw(f)
    if kind == "vca":
        def f():
            acct = C.rs(rng, C.DIGITS, 9)
            return "vca_" + acct + C.damm_digit(acct) + "_" + C.rs(rng, C.ALNUM, 28)
        return reg.draw(f)
    if kind == "paserk":
        return reg.draw(lambda: "k4.local." + C.b64u(C.rbytes(rng, 32)))
    if kind == "jwt":
        def f():
            iat = 1767225600 + rng.randint(0, 20000000)
            return C.jwt(rng, {"alg": "HS384", "typ": "JWT"},
                         {"sub": "dispatcher-%d" % rng.randint(2, 99), "role": "swarm_dispatch",
                          "iss": "swarm.heatherbank-apiary.example", "iat": iat, "exp": iat + 86400 * 30})
        return reg.draw(f)
    if kind == "totp":
        return reg.draw(lambda: base64.b32encode(C.rbytes(rng, 20)).decode())
    if kind == "appkey":
        return reg.draw(lambda: C.rs(rng, C.UHEX, 32))
    raise ValueError(kind)


FILLERS = [
    (["db", "host"], lambda r: r.choice(HOSTS)),
    (["debug"], lambda r: r.choice(["false", "0"])),
    (["log", "level"], lambda r: r.choice(["info", "warning", "debug"])),
    (["time", "zone"], lambda r: "Europe/London"),
    (["apiary", "count"], lambda r: str(r.randint(3, 31))),
    (["smtp", "port"], lambda r: r.choice(["587", "465"])),
    (["weigh", "interval"], lambda r: str(r.choice([300, 600, 900]))),
    (["default", "jar", "grams"], lambda r: r.choice(["340", "454", "227"])),
    (["season"], lambda r: "2026"),
    (["region"], lambda r: r.choice(["eu-west-2", "uk-south", "lhr"])),
    (["shop", "currency"], lambda r: "GBP"),
    (["treatment", "window", "days"], lambda r: str(r.randint(14, 42))),
]


def _fill(rng, style, n):
    out = []
    for words, vf in rng.sample(FILLERS, n):
        out.append((C.style_key(words, style), vf(rng)))
    return out


def _lines(rng, style, key):
    items = _fill(rng, style, rng.randint(3, 5))
    items.insert(rng.randint(0, len(items)), (key, S))
    return items


# ---- family renderers ------------------------------------------------------
def r_env(rng, style, key, head="", export=False, quote=False, prefix=""):
    out = [head] if head else []
    for k, v in _lines(rng, style, key):
        q = '"' if (quote and not v.isdigit()) else ""
        out.append(("export " if export else "") + prefix + k + "=" + q + v + q)
    return "\n".join(out) + "\n"


def r_py(rng, style, key, head):
    out = [head]
    for k, v in _lines(rng, style, key):
        out.append('%s = %s' % (k, v if v.isdigit() else '"%s"' % v))
    return "\n".join(out) + "\n"


def r_php(rng, style, key, head, section):
    out = [head, "return ["]
    out.append("    '%s' => [" % section)
    for k, v in _lines(rng, style, key):
        out.append("        '%s' => '%s'," % (k, v))
    out += ["    ],", "];"]
    return "\n".join(out) + "\n"


def r_js(rng, style, key, head, tail, indent="  "):
    out = [head]
    for k, v in _lines(rng, style, key):
        out.append('%s%s: %s,' % (indent, k, v if v.isdigit() else "'%s'" % v))
    out.append(tail)
    return "\n".join(out) + "\n"


def r_json(rng, style, key, wrap=None):
    items = _lines(rng, style, key)
    body = ",\n".join('%s"%s": "%s"' % ("    " if wrap else "  ", k, v) for k, v in items)
    if wrap:
        return '{\n  "%s": {\n%s\n  }\n}\n' % (wrap, body)
    return "{\n" + body + "\n}\n"


def r_yaml(rng, style, key, head, indent=""):
    out = head[:] if isinstance(head, list) else [head]
    for k, v in _lines(rng, style, key):
        out.append("%s%s: %s" % (indent, k, v if v.isdigit() else '"%s"' % v if rng.random() < 0.5 else v))
    return "\n".join(out) + "\n"


def r_toml(rng, style, key, section):
    out = ["[%s]" % section] if section else []
    for k, v in _lines(rng, style, key):
        out.append('%s = %s' % (k, v if v.isdigit() else '"%s"' % v))
    return "\n".join(out) + "\n"


def r_ini(rng, style, key, section, head=""):
    out = ([head] if head else []) + ["[%s]" % section]
    for k, v in _lines(rng, style, key):
        out.append("%s = %s" % (k, v))
    return "\n".join(out) + "\n"


def r_props(rng, style, key, head, prefix=""):
    out = [head]
    for k, v in _lines(rng, style, key):
        out.append("%s%s=%s" % (prefix, k, v))
    return "\n".join(out) + "\n"


def r_hocon(rng, style, key, block):
    out = ["%s {" % block]
    for k, v in _lines(rng, style, key):
        out.append('    %s = %s' % (k, v if v.isdigit() else '"%s"' % v))
    out.append("}")
    return "\n".join(out) + "\n"


def r_platformio(rng, style, key):
    flags = ["    -D %s=\\\"%s\\\"" % (k, v) if not v.isdigit() else "    -D %s=%s" % (k, v)
             for k, v in _lines(rng, style, key)]
    return "[env:hive-scale-esp32]\nplatform = espressif32\nboard = esp32dev\nframework = arduino\nbuild_flags =\n" + "\n".join(flags) + "\n"


def r_kconfig(rng, style, key):
    out = ["# hive scale firmware (nRF52840 + HX711)", "CONFIG_LORAWAN=y", "CONFIG_SENSOR=y"]
    for k, v in _lines(rng, style, key):
        out.append('CONFIG_%s=%s' % (k, v if v.isdigit() else '"%s"' % v))
    return "\n".join(out) + "\n"


def r_exs(rng, style, key):
    items = _lines(rng, style, key)
    body = ",\n".join('  %s: %s' % (k, v if v.isdigit() else '"%s"' % v) for k, v in items)
    return "import Config\n\nconfig :queen_rearing, QueenRearing.Repo,\n" + body + "\n"


def r_ipynb(rng, style, key):
    src = ['"%s = %s\\n"' % (k, v if v.isdigit() else "'%s'" % v) for k, v in _lines(rng, style, key)]
    return ('{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": 3,\n   "metadata": {},\n'
            '   "outputs": [],\n   "source": [\n    ' + ",\n    ".join(src) +
            '\n   ]\n  }\n ],\n "metadata": {"kernelspec": {"name": "python3"}},\n "nbformat": 4\n}\n')


def r_systemd(rng, style, key, head):
    out = head[:]
    for k, v in _lines(rng, style, key):
        out.append('Environment="%s=%s"' % (k, v) if rng.random() < 0.5 else "Environment=%s=%s" % (k, v))
    return "\n".join(out) + "\n"


def r_nomad(rng, style, key):
    out = ['job "hive-records" {', '  group "web" {', '    task "app" {', '      driver = "docker"', "      env {"]
    for k, v in _lines(rng, style, key):
        out.append('        %s = "%s"' % (k, v))
    out += ["      }", "    }", "  }", "}"]
    return "\n".join(out) + "\n"


def r_bitbucket(rng, style, key):
    out = ["pipelines:", "  branches:", "    main:", "      - step:", "          name: deploy hive records",
           "          script:"]
    for k, v in _lines(rng, style, key):
        out.append("            - export %s=%s" % (k, v))
    out.append("            - ./deploy.sh")
    return "\n".join(out) + "\n"


def r_fish(rng, style, key):
    out = []
    t = 1767300000 + rng.randint(0, 9000000)
    for k, v in _lines(rng, style, key):
        out.append("- cmd: set -gx %s %s" % (k, v))
        t += rng.randint(5, 300)
        out.append("  when: %d" % t)
    out.append("- cmd: npm run sync-scales")
    out.append("  when: %d" % (t + 40))
    return "\n".join(out) + "\n"


def r_ps1(rng, style, key):
    out = ["# profile.ps1 on the honey-house PC"]
    for k, v in _lines(rng, style, key):
        out.append('$env:%s = "%s"' % (k, v))
    out.append("Set-Location C:\\apiary\\tools")
    return "\n".join(out) + "\n"


CHAT_NAMES = ["Maggie", "Tom", "Priya", "Dewi", "Ros", "Alun", "Kasia", "Jonno", "Bethan", "Olu"]


def r_chat(rng, style, key, kind):
    a, b = rng.sample(CHAT_NAMES, 2)
    hh = rng.randint(7, 20)
    mm = sorted(rng.sample(range(60), 3))
    lines_ = [
        "[%02d:%02d] %s: anyone got the %s? the inspection sheets won't sync" % (hh, mm[0], b, key),
        "[%02d:%02d] %s: %s is %s - don't paste it anywhere else" % (hh, mm[1], a, key, S),
        "[%02d:%02d] %s: cheers, in now. brood frames logged for the heather site" % (hh, mm[2], b),
    ]
    if kind == "ticket":
        n = rng.randint(10000, 99999)
        return ("Ticket #%d - swarm hotline app can't log in\nStatus: Open   Priority: Normal\n\n"
                "Internal note (%s):\nReset done. Caller can use %s: %s\nAsk them to change it after the swarm season.\n" % (n, a, key, S))
    return "\n".join(lines_) + "\n"


def r_ocr(rng, style, key):
    return ("HONEY HOUSE - LABEL PRINTER  (photo of sticky note)\n"
            "Batch L6-%03d  Heather  340g\n%s: %s\nPrinter IP 192.168.50.%d\n"
            "--- do not remove ---\n" % (rng.randint(1, 400), key, S, rng.randint(20, 200)))


def r_csv(rng, style, key):
    rows = ["Item,Value,Owner,Last Changed"]
    items = [(C.style_key(w, "title"), vf(rng)) for w, vf in rng.sample(FILLERS, 3)]
    items.insert(rng.randint(0, 3), (key, S))
    for k, v in items:
        rows.append("%s,%s,%s,2026-%02d-%02d" % (k, v, rng.choice(CHAT_NAMES), rng.randint(1, 12), rng.randint(1, 28)))
    return "\r\n".join(rows) + "\r\n"


# container kind -> (style, renderer)
KINDS = [
    ("hive_records_django_settings_py", "upper", lambda r, s, k: r_py(r, s, k, "# hive_records/settings/production.py\nfrom .base import *")),
    ("hive_records_flutter_dart_define_json", "camel", lambda r, s, k: r_json(r, s, k)),
    ("hive_records_fastapi_dotenv", "upper", lambda r, s, k: r_env(r, s, k, "# .env for the FastAPI hive-records service")),
    ("inspection_app_expo_app_config_js", "camel", lambda r, s, k: r_js(r, s, k, "export default {\n  name: 'HiveNotes',\n  slug: 'hive-notes',\n  extra: {", "  },\n};", "    ")),
    ("inspection_app_capacitor_config_ts", "camel", lambda r, s, k: r_js(r, s, k, "import type { CapacitorConfig } from '@capacitor/cli';\n\nconst config: CapacitorConfig = {\n  appId: 'uk.hivehaven.notes',", "};\nexport default config;")),
    ("honey_shop_magento_env_php", "snake", lambda r, s, k: r_php(r, s, k, "<?php", "honey_shop")),
    ("honey_shop_prestashop_parameters_php", "snake", lambda r, s, k: r_php(r, s, k, "<?php // app/config/parameters.php", "parameters")),
    ("honey_shop_saleor_dotenv", "upper", lambda r, s, k: r_env(r, s, k, "# saleor honey shop", quote=True)),
    ("honey_shop_nuxt_runtime_config_ts", "camel", lambda r, s, k: r_js(r, s, k, "export default defineNuxtConfig({\n  runtimeConfig: {", "  },\n})", "    ")),
    ("extraction_line_node_red_settings_js", "camel", lambda r, s, k: r_js(r, s, k, "module.exports = {\n    uiPort: 1880,\n    functionGlobalContext: {", "    },\n};", "        ")),
    ("extraction_line_home_assistant_secrets_yaml", "snake", lambda r, s, k: r_yaml(r, s, k, "# secrets.yaml - honey house Home Assistant")),
    ("extraction_line_grafana_ini", "snake", lambda r, s, k: r_ini(r, s, k, "honey_house", "; grafana.ini custom section")),
    ("hive_scale_platformio_ini", "upper", lambda r, s, k: r_platformio(r, s, k)),
    ("hive_scale_micropython_config_py", "upper", lambda r, s, k: r_py(r, s, k, "# config.py on the ESP32 hive scale")),
    ("hive_scale_zephyr_prj_conf", "upper", lambda r, s, k: r_kconfig(r, s, k)),
    ("hive_scale_chirpstack_toml", "snake", lambda r, s, k: r_toml(r, s, k, "integration.hive_scales")),
    ("queen_rearing_rails_master_credentials_yml", "snake", lambda r, s, k: r_yaml(r, s, k, ["# bin/rails credentials:edit", "queen_rearing:"], "  ")),
    ("queen_rearing_ecto_repo_exs", "snake", lambda r, s, k: r_exs(r, s, k)),
    ("queen_rearing_play_application_conf", "dot", lambda r, s, k: r_props(r, s, k, "# conf/application.conf (Play)", "queens.")),
    ("queen_rearing_ktor_application_conf", "camel", lambda r, s, k: r_hocon(r, s, k, "queenRearing")),
    ("swarm_hotline_laravel_dotenv", "upper", lambda r, s, k: r_env(r, s, k, "APP_NAME=SwarmLine\nAPP_ENV=production")),
    ("swarm_hotline_symfony_env_local", "upper", lambda r, s, k: r_env(r, s, k, "# .env.local (not committed)", quote=True)),
    ("swarm_hotline_go_viper_yaml", "snake", lambda r, s, k: r_yaml(r, s, k, ["# config.yaml read by viper", "swarm:"], "  ")),
    ("swarm_hotline_cloudflare_wrangler_toml_vars", "upper", lambda r, s, k: 'name = "swarm-line"\nmain = "src/index.ts"\n\n' + r_toml(r, s, k, "vars")),
    ("varroa_counts_r_renviron", "upper", lambda r, s, k: r_env(r, s, k, "# ~/.Renviron for the varroa trend scripts")),
    ("varroa_counts_jupyter_notebook_cell", "snake", lambda r, s, k: r_ipynb(r, s, k)),
    ("varroa_counts_streamlit_secrets_toml", "snake", lambda r, s, k: r_toml(r, s, k, "varroa")),
    ("varroa_counts_dbt_profiles_yml", "snake", lambda r, s, k: r_yaml(r, s, k, ["varroa_counts:", "  target: prod", "  outputs:", "    prod:", "      type: postgres"], "      ")),
    ("supply_pos_odoo_conf", "snake", lambda r, s, k: r_ini(r, s, k, "options")),
    ("supply_pos_erpnext_site_config_json", "snake", lambda r, s, k: r_json(r, s, k)),
    ("supply_pos_dotnet_appsettings_development_json", "pascal", lambda r, s, k: r_json(r, s, k, "SupplyShop")),
    ("supply_pos_java_properties", "dot", lambda r, s, k: r_props(r, s, k, "# pos.properties", "pos.")),
    ("honey_labels_bun_dotenv", "upper", lambda r, s, k: r_env(r, s, k, "# .env.production for the label service (bun)")),
    ("hive_register_excel_csv_export", "title", lambda r, s, k: r_csv(r, s, k)),
    ("apiary_ops_podman_quadlet_container", "upper", lambda r, s, k: r_systemd(r, s, k, ["[Container]", "Image=ghcr.io/hivehaven/records:2026.3", "PublishPort=8080:8080"])),
    ("apiary_ops_systemd_unit_environment", "upper", lambda r, s, k: r_systemd(r, s, k, ["[Unit]", "Description=hive scale collector", "", "[Service]", "ExecStart=/opt/scales/collector"])),
    ("apiary_ops_nomad_job_hcl", "upper", lambda r, s, k: r_nomad(r, s, k)),
    ("apiary_ops_pulumi_stack_yaml", "camel", lambda r, s, k: r_yaml(r, s, k, ["# Pulumi.prod.yaml", "config:"], "  apiary:")),
    ("apiary_ops_fly_toml_env", "upper", lambda r, s, k: 'app = "honey-shop"\nprimary_region = "lhr"\n\n' + r_toml(r, s, k, "env")),
    ("apiary_ops_bitbucket_pipelines_yml", "upper", lambda r, s, k: r_bitbucket(r, s, k)),
    ("apiary_ops_fish_history", "upper", lambda r, s, k: r_fish(r, s, k)),
    ("apiary_ops_powershell_profile_ps1", "upper", lambda r, s, k: r_ps1(r, s, k)),
    ("bee_club_discord_chat_paste", "spaced", lambda r, s, k: r_chat(r, s, k, "chat")),
    ("swarm_hotline_zendesk_ticket_note", "spaced", lambda r, s, k: r_chat(r, s, k, "ticket")),
    ("honey_house_label_printer_ocr", "title", lambda r, s, k: r_ocr(r, s, k)),
]
SPARE_KINDS = ["honey_labels_vite_env_production"]
assert len(KINDS) == 45


def pairing(seed=22111):
    rng = random.Random(seed)
    types = [t[0] for t in TYPES]
    out = []
    for b in range(15):
        perm = types[:]
        rng.shuffle(perm)
        for j in range(3):
            kind = KINDS[b * 3 + j]
            for t in perm[j * 4:(j + 1) * 4]:
                out.append((kind, t))
    return out


def generate(reg, seed=22101):
    rng = random.Random(seed)
    tinfo = {t[0]: t for t in TYPES}
    recs = []
    for (kname, style, render), tname in pairing():
        _, words, _, gk = tinfo[tname]
        value = gen_value(gk, rng, reg)
        key = C.style_key(words, style)
        text = render(rng, style, key)
        assert text.count(S) == 1
        start = text.index(S)
        text = text.replace(S, value)
        recs.append({"type": tname, "container": kname, "text": text,
                     "secrets": [{"value": value, "start": start, "end": start + len(value), "type": tname}],
                     "source": "everyday"})
    return recs
