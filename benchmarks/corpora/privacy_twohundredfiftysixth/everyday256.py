"""Everyday positives: 12 types x 45 container kinds, 4 records per kind."""
import json
import random

import common256 as C
import world256 as W

M = C.MARK

# name, key words, kind (owner / generated), description
TYPES = [
    ("ringing_simulator_pc_password", ["ringing", "sim", "pc", "password"], "owner",
     "owner-chosen password of the ringing-centre PC that runs the simulator (Abel / Virtual Belfry) for the sensors on the practice bells"),
    ("turret_clock_controller_engineer_password", ["turret", "clock", "engineer", "password"], "owner",
     "owner-chosen engineer password of a GPS-synchronised turret-clock controller (auto-winder, strike and chime relays)"),
    ("foundry_tuning_lab_workstation_password", ["tuning", "lab", "password"], "owner",
     "owner-chosen password of the foundry's tuning-lab workstation (partial analysis, lathe tuning figures)"),
    ("guild_membership_db_admin_password", ["members", "db", "admin", "password"], "owner",
     "owner-chosen admin password of the guild's membership and peal-records database"),
    ("carillon_console_admin_password", ["carillon", "console", "password"], "owner",
     "owner-chosen admin password of the carillon practice console / automatic chiming machine"),
    ("restoration_job_costing_supervisor_password", ["job", "costing", "supervisor", "password"], "owner",
     "owner-chosen supervisor password of the clock restorer's job-costing back office"),
    ("simulator_licence_damm_key", ["sim", "licence", "key"], "generated",
     "licence key of the guild's ringing-simulator site licence (layout invented): `RSL-` + 25 digits in five groups of five joined by `-`, the 25th digit the real Damm check digit (order-10 quasigroup) of the first 24"),
    ("foundry_portal_fnv1a_token", ["foundry", "portal", "token"], "generated",
     "API token of the foundry's customer portal (layout invented): `fnd_` + 32 base62 + `_` + 8 lower-case hex of the real FNV-1a 32-bit hash of those 32 characters"),
    ("clock_telemetry_inet_checksum_key", ["telemetry", "api", "key"], "generated",
     "API key of the clock restorer's tower-telemetry service (layout invented): `tcw.` + 28 lower-case alphanumerics + `.` + 4 lower-case hex of the real RFC 1071 Internet checksum (16-bit ones'-complement sum) of those 28 characters"),
    ("clock_device_rs256_jwt", ["clock", "device", "jwt"], "generated",
     "device token a turret-clock controller presents to the telemetry broker (IoT device auth, RS256-signed): real RS256 JWT, header `{alg, typ, kid}`, payload `{aud, sub, iat, exp}`, RSASSA-PKCS1-v1_5 SHA-256 signature under a discarded 2048-bit RSA key"),
    ("foundry_django_secret_key", ["django", "secret", "key"], "generated",
     "Django `SECRET_KEY` of the foundry's order back office: 50 characters from Django's own alphabet `a-z0-9!@#$%^&*(-_=+)` (as `get_random_secret_key()` draws them)"),
    ("guild_drupal_hash_salt", ["drupal", "hash", "salt"], "generated",
     "Drupal `$settings['hash_salt']` of the guild website: base64url (no padding) of 55 random bytes, 74 characters (as Drupal's installer writes it)"),
]
TYPE_NAMES = [t[0] for t in TYPES]
DJANGO_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"


# ------------------------------------------------------------------ containers
def _c(name, style, bad, desc):
    def deco(fn):
        CONTAINERS.append((name, style, bad, desc, fn))
        return fn
    return deco


CONTAINERS = []
Q = "\"\\"
SQ = "'\\"
WS = " \t"


@_c("autowinder_arduino_secrets_h", "upper", Q, "Arduino IoT `arduino_secrets.h` of a tower auto-winder")
def _(k, x):
    return ("// arduino_secrets.h - auto-winder, %s\n// do not commit (it was committed)\n"
            "#define SECRET_SSID \"Belfry-IoT\"\n#define SECRET_%s \"%s\"\n" % (x["tower"], k, M))


@_c("chime_controller_platformio_ini", "upper", Q + WS + "$#;'`", "PlatformIO `platformio.ini` build flags of the chime controller")
def _(k, x):
    return ("[env:chime_esp32]\nplatform = espressif32\nboard = esp32dev\nframework = arduino\n"
            "monitor_speed = 115200\nbuild_flags =\n    -DCHIME_NODE_ID=%d\n    -D%s=\\\"%s\\\"\n" % (x["n"], k, M))


@_c("sensor_zephyr_prj_conf", "upper", Q + "$", "Zephyr RTOS `prj.conf` of a belfry sensor node")
def _(k, x):
    return ("# prj.conf - belfry humidity + bell-swing sensor\nCONFIG_WIFI=y\nCONFIG_MQTT_LIB=y\n"
            "CONFIG_APP_%s=\"%s\"\nCONFIG_APP_BROKER_HOST=\"%s\"\n" % (k, M, x["host"]))


@_c("clock_controller_codesys_gvl_st", "pascal", "'$", "CODESYS global variable list (IEC 61131-3 Structured Text) of the clock PLC")
def _(k, x):
    return ("{attribute 'qualified_only'}\nVAR_GLOBAL CONSTANT\n    StrikeRelayCount : INT := 2;\n"
            "    %s : STRING(80) := '%s';\nEND_VAR\n" % (k, M))


@_c("ringing_sim_windows_registry_reg", "pascal", Q, "Windows `.reg` export of the ringing-centre simulator settings")
def _(k, x):
    return ("Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Software\\Wenlow Guild\\Ringing Centre]\n"
            "\"TowerName\"=\"%s\"\n\"%s\"=\"%s\"\n\"SensorPort\"=\"COM3\"\n" % (x["tower"], k, M))


@_c("carillon_console_nixos_configuration_nix", "camel", Q + "$", "NixOS `configuration.nix` of the carillon practice-console box")
def _(k, x):
    return ("{ config, pkgs, ... }:\n{\n  networking.hostName = \"carillon-console\";\n"
            "  services.carillon = {\n    enable = true;\n    %s = \"%s\";\n  };\n}\n" % (k, M))


@_c("tuning_lab_matlab_startup_m", "camel", "'", "MATLAB `startup.m` on the tuning-lab workstation")
def _(k, x):
    return ("%% startup.m - tuning lab (%s)\naddpath('C:\\TuningLab\\partials');\n"
            "%s = '%s';  %% set by %s\n" % (x["first"], k, M, x["first"]))


@_c("tuning_lab_jupyter_notebook_ipynb", "snake", Q, "Jupyter notebook (`.ipynb` JSON) of a bell-partials analysis")
def _(k, x):
    src = "%s = \"%s\"" % (k, "@@V@@")
    nb = {"cells": [{"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
                     "source": ["import numpy as np\n", src + "\n", "partials = load_strike('tenor.wav')\n"]}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1).replace("@@V@@", M)


@_c("tuning_lab_r_renviron", "upper", Q + SQ + WS + "#$", "R `.Renviron` on the tuning-lab workstation")
def _(k, x):
    return "R_LIBS_USER=C:/TuningLab/Rlib\n%s=%s\nTZ=Europe/London\n" % (k, M)


@_c("foundry_django_settings_py", "upper", Q, "Django `settings.py` of the foundry order back office")
def _(k, x):
    return ("from pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\n"
            "DEBUG = False\nALLOWED_HOSTS = [\"%s\"]\n%s = \"%s\"\n" % (x["host"], k, M))


@_c("guild_wordpress_wp_config_php", "upper", SQ, "WordPress `wp-config.php` of the guild website")
def _(k, x):
    return ("<?php\ndefine( 'DB_NAME', 'wenlow_wp' );\ndefine( 'DB_HOST', 'localhost' );\n"
            "define( '%s', '%s' );\n$table_prefix = 'wg_';\n" % (k, M))


@_c("guild_drupal_settings_php", "snake", SQ, "Drupal `settings.php` of the guild's peal-records site")
def _(k, x):
    return ("<?php\n$settings['config_sync_directory'] = '../config/sync';\n"
            "$settings['%s'] = '%s';\n$settings['trusted_host_patterns'] = ['^members\\.wenlow-guild\\.example$'];\n" % (k, M))


@_c("shop_magento_env_php", "snake", SQ, "Magento `app/etc/env.php` of the foundry web shop")
def _(k, x):
    return ("<?php\nreturn [\n    'backend' => ['frontName' => 'admin_bells'],\n    'foundry' => [\n"
            "        '%s' => '%s',\n    ],\n    'MAGE_MODE' => 'production',\n];\n" % (k, M))


@_c("bookings_spring_application_properties", "dot", "\\" + WS, "Spring Boot `application.properties` of the ringing-course bookings service")
def _(k, x):
    return ("server.port=8081\nspring.datasource.url=jdbc:postgresql://%s:5432/bookings\n"
            "guild.bookings.%s=%s\n" % (x["host"], k, M))


@_c("fieldapp_ios_xcconfig", "upper", Q + WS + "$/", "Xcode `.xcconfig` of the clock field-service iOS app")
def _(k, x):
    return ("// Release.xcconfig - field service\nPRODUCT_BUNDLE_IDENTIFIER = example.pryorclocks.field\n"
            "%s = %s\n" % (k, M))


@_c("webshop_nuxt_config_ts", "camel", SQ, "Nuxt `nuxt.config.ts` (`runtimeConfig`) of the handbell web shop")
def _(k, x):
    return ("export default defineNuxtConfig({\n  runtimeConfig: {\n    %s: '%s',\n"
            "    public: { shopName: 'Saltmarsh Handbells' },\n  },\n})\n" % (k, M))


@_c("guild_jekyll_config_yml", "snake", Q, "Jekyll `_config.yml` of the guild's training pages")
def _(k, x):
    return ("title: Wenlow Guild Ringing Centre\nbaseurl: \"/training\"\n%s: \"%s\"\nplugins:\n  - jekyll-feed\n" % (k, M))


@_c("foundry_dotnet_user_secrets_json", "pascal", Q, ".NET user-secrets `secrets.json` (flattened `Section:Key`) of the foundry ERP connector")
def _(k, x):
    return "{\n  \"ConnectionStrings:Erp\": \"Server=%s;Database=erp\",\n  \"Foundry:Portal:%s\": \"%s\"\n}\n" % (x["host"], k, M)


@_c("erp_erpnext_site_config_json", "snake", Q, "ERPNext / Frappe `site_config.json` of the foundry ERP")
def _(k, x):
    return "{\n \"db_name\": \"_5f1c0a9e\",\n \"db_type\": \"mariadb\",\n \"%s\": \"%s\",\n \"maintenance_mode\": 0\n}\n" % (k, M)


@_c("dev_jetbrains_http_private_env_json", "camel", Q, "JetBrains HTTP client `http-client.private.env.json`")
def _(k, x):
    return "{\n  \"production\": {\n    \"host\": \"https://%s\",\n    \"%s\": \"%s\"\n  }\n}\n" % (x["host"], k, M)


@_c("dev_vscode_launch_json", "upper", Q, "VS Code `.vscode/launch.json` debug configuration with `env`")
def _(k, x):
    return ("{\n  \"version\": \"0.2.0\",\n  \"configurations\": [\n    {\n      \"name\": \"telemetry-api\",\n"
            "      \"type\": \"debugpy\",\n      \"request\": \"launch\",\n      \"env\": {\n        \"%s\": \"%s\"\n      }\n    }\n  ]\n}\n" % (k, M))


@_c("dev_intellij_workspace_xml", "upper", Q + "'&<>", "IntelliJ `.idea/workspace.xml` run configuration with `<env>`")
def _(k, x):
    return ("<project version=\"4\">\n  <component name=\"RunManager\">\n    <configuration name=\"BookingsApp\" type=\"SpringBootApplicationConfigurationType\">\n"
            "      <envs>\n        <env name=\"%s\" value=\"%s\" />\n      </envs>\n    </configuration>\n  </component>\n</project>\n" % (k, M))


@_c("ops_helm_values_yaml", "camel", Q, "Helm `values-production.yaml`")
def _(k, x):
    return ("replicaCount: 2\nimage:\n  repository: registry.quarterjack.example/telemetry\n"
            "secrets:\n  %s: \"%s\"\n" % (k, M))


@_c("ops_kustomization_secret_generator", "upper", Q + SQ + WS + "#", "Kustomize `kustomization.yaml` `secretGenerator` literals")
def _(k, x):
    return ("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nsecretGenerator:\n"
            "- name: app-env\n  literals:\n  - %s=%s\n" % (k, M))


@_c("ops_supervisord_conf", "upper", Q + "%", "supervisord `[program:]` section with `environment=`")
def _(k, x):
    return ("[program:strike-scheduler]\ncommand=/opt/clocks/bin/scheduler\nautorestart=true\n"
            "environment=LOG_LEVEL=\"info\",%s=\"%s\"\n" % (k, M))


@_c("ops_github_actions_workflow_yml", "upper", Q, "GitHub Actions workflow with a job-level `env:`")
def _(k, x):
    return ("name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n"
            "      %s: \"%s\"\n    steps:\n      - uses: actions/checkout@v4\n" % (k, M))


@_c("ops_gitlab_ci_yml", "upper", Q + "$", "`.gitlab-ci.yml` `variables:`")
def _(k, x):
    return "stages: [test, deploy]\nvariables:\n  %s: \"%s\"\ndeploy:\n  stage: deploy\n  script: ./deploy.sh\n" % (k, M)


@_c("ops_terraform_tfvars", "snake", Q + "$%", "Terraform `production.tfvars`")
def _(k, x):
    return "region       = \"eu-west-2\"\ninstance_type = \"t3.small\"\n%s = \"%s\"\n" % (k, M)


@_c("ops_pulumi_stack_yaml", "camel", Q, "Pulumi `Pulumi.production.yaml` stack config (not marked secure)")
def _(k, x):
    return "config:\n  aws:region: eu-west-2\n  telemetry:%s: \"%s\"\n" % (k, M)


@_c("ops_saltstack_pillar_sls", "snake", SQ + "{}%", "SaltStack pillar `.sls`")
def _(k, x):
    return "clocks:\n  ntp_servers:\n    - ntp1.pryor-clocks.example\n  %s: '%s'\n" % (k, M)


@_c("ops_vagrantfile_ruby", "upper", Q + "#", "`Vagrantfile` shell provisioner `env:`")
def _(k, x):
    return ("Vagrant.configure(\"2\") do |config|\n  config.vm.box = \"debian/bookworm64\"\n"
            "  config.vm.provision \"shell\", path: \"setup.sh\", env: { \"%s\" => \"%s\" }\nend\n" % (k, M))


@_c("ops_zsh_extended_history", "upper", SQ, "zsh `~/.zsh_history` with extended timestamps")
def _(k, x):
    return (": %d:0;cd ~/src/telemetry\n: %d:0;export %s='%s'\n: %d:0;make run\n"
            % (x["ts"], x["ts"] + 9, k, M, x["ts"] + 31))


@_c("ops_direnv_envrc", "upper", SQ, "direnv `.envrc`")
def _(k, x):
    return "layout python3\nexport %s='%s'\nexport APP_ENV=staging\n" % (k, M)


@_c("ops_makefile_variables", "upper", Q + SQ + WS + "$#", "`Makefile` variable assignment")
def _(k, x):
    return ("%s ?= %s\nIMAGE := registry.quarterjack.example/bookings\n\nrun:\n\tdocker run -e %s=$(%s) $(IMAGE)\n"
            % (k, M, k, k))


@_c("ops_kubectl_describe_pod_output", "upper", WS, "`kubectl describe pod` output listing the container environment")
def _(k, x):
    return ("Name:         telemetry-api-7c9d6b5f4-x2q8r\nNamespace:    clocks\n"
            "Containers:\n  api:\n    Image:      registry.quarterjack.example/telemetry:1.14.2\n"
            "    Environment:\n      LOG_LEVEL:  info\n      %s:  %s\n" % (k, M))


@_c("ops_proc_environ_dump", "upper", WS, "`/proc/<pid>/environ` dumped with `tr` during an incident")
def _(k, x):
    return ("$ sudo cat /proc/%d/environ | tr '\\0' '\\n'\nPATH=/usr/local/bin:/usr/bin\nHOME=/srv/app\n%s=%s\nLANG=C.UTF-8\n"
            % (x["n"] * 97 + 1000, k, M))


@_c("guild_discourse_forum_post", "spaced", "`" + WS, "Discourse post on the guild's members forum")
def _(k, x):
    return ("**Re: practice night laptop**\n\nQuick one before Thursday - the %s is `%s` until the AGM changes it. "
            "Please don't repost outside this category.\n" % (k, M))


@_c("tower_captain_sms_thread", "spaced", WS, "SMS thread exported from a phone")
def _(k, x):
    return ("[12/03/2025 19:41] %s: are you at the tower yet\n[12/03/2025 19:42] %s: %s is %s\n"
            "[12/03/2025 19:43] %s: ta x\n" % (x["other"], x["first"], k, M, x["other"]))


@_c("foundry_jira_comment", "spaced", "{}" + WS, "Jira issue comment (wiki markup)")
def _(k, x):
    return ("h4. Handover\n* Lathe PC rebooted after the update\n* %s: {{%s}}\n* ticket can close once %s confirms\n"
            % (k, M, x["first"]))


@_c("clockworks_github_issue_comment", "spaced", "`" + WS, "GitHub issue comment on the telemetry repo")
def _(k, x):
    return ("@%s the staging box still rejects the controller. I tried the %s `%s` from the handover doc - same 401.\n"
            % (x["handle"], k, M))


@_c("steeplekeeper_logbook_page_ocr", "title", WS, "OCR of a scanned steeplekeeper's logbook page")
def _(k, x):
    return ("TOWER CLOCK LOG - %s\nWound: Tue 07:40  Set: +4s\nStrike train oiled\n%s: %s\nSigned  E.T.\n"
            % (x["tower"], k, M))


@_c("foundry_xlsx_shared_strings_xml", "title", "&<>" + Q, "`xl/sharedStrings.xml` of the foundry's logins spreadsheet")
def _(k, x):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"4\" uniqueCount=\"4\">"
            "<si><t>System</t></si><si><t>Value</t></si><si><t>%s</t></si><si><t>%s</t></si></sst>\n" % (k, M))


@_c("clockworks_teams_chat_export_html", "spaced", "&<>" + Q, "Microsoft Teams chat exported to HTML")
def _(k, x):
    return ("<div class=\"message\"><span class=\"author\">%s</span><span class=\"time\">09:12</span>"
            "<p>%s for the Crandle job: %s</p></div>\n" % (x["first"], k, M))


@_c("clock_service_report_pdf_text", "title", WS, "text extracted from a clock service-report PDF")
def _(k, x):
    return ("PRYOR & GAUNT TURRET CLOCKS - SERVICE REPORT\nSite: %s\nAccess notes ........ key with churchwarden\n"
            "%s ........ %s\nNext visit: 6 months\n" % (x["tower"], k, M))


@_c("foundry_erp_audit_log_jsonl", "camel", Q, "JSON-lines audit log of the foundry ERP (settings change)")
def _(k, x):
    return ("{\"ts\":\"2025-02-%02dT10:%02d:11Z\",\"actor\":\"%s\",\"action\":\"settings.update\",\"changes\":{\"%s\":\"%s\"}}\n"
            % (x["n"] % 27 + 1, x["n"] % 60, x["handle"], k, M))


assert len(CONTAINERS) == 45, len(CONTAINERS)
CONTAINER_NAMES = [c[0] for c in CONTAINERS]


# ------------------------------------------------------------------ values
class RSAKey:
    def __init__(self):
        import random as _r
        rr = _r.Random(C.SEEDS["rsa"])
        self.n, self.e, self.d = C.rsa_keypair(rr)


def make_value(tname, rng, rsa):
    if tname in TYPE_NAMES[:6]:
        return C.owner_password(rng)
    if tname == "simulator_licence_damm_key":
        body = C.rand_str(rng, "dig", 24)
        digits = body + str(C.damm_interim(body))
        return "RSL-" + "-".join(digits[i:i + 5] for i in range(0, 25, 5))
    if tname == "foundry_portal_fnv1a_token":
        body = C.rand_str(rng, "an", 32)
        return "fnd_%s_%08x" % (body, C.fnv1a32(body.encode()))
    if tname == "clock_telemetry_inet_checksum_key":
        body = C.rand_str(rng, "lan", 28)
        return "tcw.%s.%04x" % (body, C.inet_checksum(body.encode()))
    if tname == "clock_device_rs256_jwt":
        iat = 1735700000 + rng.randrange(0, 20000000)
        hdr = {"alg": "RS256", "typ": "JWT", "kid": C.rand_str(rng, "hex", 40)}
        pl = {"aud": "pryor-clocks-telemetry", "sub": "tc-%s-%02d" % (rng.choice(["ealdwyn", "hobbs", "crandle", "pelling", "marrick"]), rng.randrange(1, 40)),
              "iat": iat, "exp": iat + 3600}
        signing = C.b64url(C.jenc(hdr)) + "." + C.b64url(C.jenc(pl))
        sig = C.rs256_sign(signing.encode(), rsa.n, rsa.d)
        return signing + "." + C.b64url(sig)
    if tname == "foundry_django_secret_key":
        return "".join(rng.choice(DJANGO_ALPHABET) for _ in range(50))
    if tname == "guild_drupal_hash_salt":
        return C.b64url(C.rand_bytes(rng, 55))
    raise KeyError(tname)


def pairing():
    """15 blocks of three kinds; each block deals a permutation of the 12 types."""
    rng = random.Random(C.SEEDS["pairing"])
    deal = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        rng.shuffle(perm)
        for j in range(3):
            kind = CONTAINERS[b * 3 + j]
            for t in perm[j * 4:(j + 1) * 4]:
                deal.append((kind, t))
    return deal


def generate(reg, rsa):
    rng = random.Random(C.SEEDS["everyday"])
    out = []
    tw = dict((t[0], t) for t in TYPES)
    for kind, tname in pairing():
        name, style, bad, desc, fn = kind
        p = W.person(rng)
        other = W.person(rng)
        x = {"tower": rng.choice(W.TOWERS), "host": W.host(rng, p[2]), "first": p[0].split()[0],
             "other": other[0].split()[0], "handle": p[1], "n": rng.randrange(1, 60),
             "ts": 1717000000 + rng.randrange(0, 9000000)}
        key = C.key_name(tw[tname][1], style)
        value = reg.draw(lambda: make_value(tname, rng, rsa), bad=bad)
        tmpl = fn(key, x)
        text, s, e = C.place(tmpl, value)
        out.append({"type": tname, "container": name, "text": text,
                    "secrets": [{"value": value, "start": s, "end": e, "type": tname}],
                    "source": "everyday"})
    return out
