"""Everyday positives: 12 types x 45 container kinds, 4 records per kind."""

import json
import random

import common257 as c
import world257 as w

SEED_VALUES = 25701
SEED_PAIRING = 25711
M = "\ue000"

# ---------------------------------------------------------------- types
TYPES = [
    ("glass_kiln_controller_password", ["glass", "kiln", "controller", "password"],
     "owner-chosen web-UI password of Lanternlight's glass-painting kiln controller (firing schedules)"),
    ("glass_cutting_table_hmi_password", ["cutting", "table", "hmi", "password"],
     "owner-chosen operator password of the CNC glass-cutting table's HMI (nesting jobs, wheel pressure)"),
    ("organ_console_setter_password", ["console", "setter", "password"],
     "owner-chosen configuration password of the solid-state combination (setter) system fitted to organ consoles"),
    ("pipe_voicing_workstation_password", ["voicing", "workstation", "password"],
     "owner-chosen login of the voicing-room PC that logs pipe cut-ups and wind pressures"),
    ("window_survey_tablet_password", ["survey", "tablet", "password"],
     "owner-chosen unlock password of Sashwright's condition-survey tablets"),
    ("conservation_records_server_password", ["records", "server", "password"],
     "owner-chosen login of the conservation-records server (photographs, survey sheets, faculty papers)"),
    ("kiln_cloud_damm_pairing_code", ["kiln", "pairing", "code"],
     "pairing code that binds a kiln controller to the studio's kiln-monitoring cloud (layout invented): "
     "`kpc_` + five groups of four digits joined by `-`; the last digit is the real Damm check digit "
     "of the 19 digits before it"),
    ("pipe_scale_sync_fnv_token", ["pipe", "scale", "sync", "token"],
     "API token of the pipe-scale sync service between the pipe shop and the office (layout invented): "
     "`pss_` + 32 base62 + `_` + 8 lower-case hex of the real FNV-1a 32-bit hash of those 32 characters"),
    ("tuning_rounds_ps256_jwt", ["tuning", "rounds", "service", "jwt"],
     "service token of the tuning-rounds scheduler API: a real PS256 JWT (RSASSA-PSS, SHA-256, MGF1, "
     "32-byte salt) signed with a 2048-bit RSA key generated in the build and discarded; header "
     "`{alg, typ, kid}`, payload `{iss, sub, aud, scope, iat, exp, jti}`"),
    ("studio_shop_laravel_app_key", ["shop", "app", "key"],
     "Laravel `APP_KEY` of the studio shop: `base64:` + standard Base64 of exactly 32 random bytes"),
    ("site_tunnel_wireguard_private_key", ["site", "tunnel", "private", "key"],
     "WireGuard private key of the site-to-site tunnel between the studio and the organ works: "
     "standard Base64 of 32 bytes clamped as an X25519 scalar (low three bits clear, top bit clear, "
     "bit 254 set)"),
    ("survey_app_totp_seed", ["survey", "totp", "seed"],
     "shared TOTP seed of the survey app's admin account: RFC 4648 Base32 (no padding) of 20 random bytes"),
]
TYPE_NAMES = [t[0] for t in TYPES]
PASSWORD_TYPES = TYPE_NAMES[:6]

_PS256_KEY = {}


def ps256_key(rng_seed=25721):
    if rng_seed not in _PS256_KEY:
        _PS256_KEY[rng_seed] = c.rsa_keygen(random.Random(rng_seed))
    return _PS256_KEY[rng_seed]


def gen_value(tname, r):
    if tname in PASSWORD_TYPES:
        return c.draw_password(r, strict=False, cap_p=0.4)
    if tname == "kiln_cloud_damm_pairing_code":
        d = c.rstr(r, c.DIGITS, 19)
        d += c.damm_digit(d)
        return "kpc_" + "-".join(d[i:i + 4] for i in range(0, 20, 4))
    if tname == "pipe_scale_sync_fnv_token":
        body = c.rstr(r, c.ALNUM, 32)
        return "pss_%s_%08x" % (body, c.fnv1a32(body.encode()))
    if tname == "tuning_rounds_ps256_jwt":
        key = ps256_key()
        iat = 1740000000 + r.randrange(0, 20000000)
        hdr = {"alg": "PS256", "typ": "JWT", "kid": "rounds-" + c.rstr(r, c.HEX, 8)}
        pl = {"iss": "https://rounds.harrowgate-voss.example", "sub": "svc-" + r.choice(
            ["tuner-app", "console-lab", "blower-watch", "office-sync"]),
              "aud": "rounds-api", "scope": r.choice(["visits:read visits:write", "churches:read",
                                                      "visits:read tunings:write"]),
              "iat": iat, "exp": iat + r.choice([86400 * 30, 86400 * 90, 86400 * 365]),
              "jti": c.uuid4(r)}
        return c.jwt_ps256(hdr, pl, key, c.rbytes(r, 32))
    if tname == "studio_shop_laravel_app_key":
        return "base64:" + c.b64s(c.rbytes(r, 32))
    if tname == "site_tunnel_wireguard_private_key":
        b = bytearray(c.rbytes(r, 32))
        b[0] &= 248
        b[31] &= 127
        b[31] |= 64
        return c.b64s(bytes(b))
    if tname == "survey_app_totp_seed":
        import base64
        return base64.b32encode(c.rbytes(r, 20)).decode()
    raise KeyError(tname)


# ---------------------------------------------------------------- container kinds
def _j(obj, indent=2):
    return json.dumps(obj, indent=indent, ensure_ascii=False)


def k_platformio(r, K, ctx):
    return ("; PlatformIO project of the kiln controller (ESP32-S3)\n[env:kiln_a]\nplatform = espressif32\n"
            "board = esp32-s3-devkitc-1\nframework = arduino\nmonitor_speed = 115200\nbuild_flags =\n"
            "    -D KILN_NAME=\\\"kiln-a\\\"\n    -D CLOUD_HOST=\\\"%s\\\"\n    -D %s=\\\"%s\\\"\n"
            "lib_deps =\n    knolleary/PubSubClient @ ^2.8\n" % (w.host(r, "glass"), K, M))


def k_ros2(r, K, ctx):
    return ("# ros2 launch cutter_bringup table.launch.py params_file:=table_params.yaml\n"
            "cutting_table_driver:\n  ros__parameters:\n    serial_port: /dev/ttyUSB0\n"
            "    wheel_pressure_bar: %.1f\n    nesting_host: %s\n    %s: \"%s\"\n"
            "    publish_rate_hz: 20\n" % (r.uniform(1.5, 3.2), w.host(r, "glass"), K, M))


def k_micropython(r, K, ctx):
    return ("# config.py on the Pico W inside the console of %s\nWIFI_SSID = \"vestry-%s\"\n"
            "MQTT_BROKER = \"%s\"\nSTOP_COUNT = %d\n%s = '%s'\nDEBUG = False\n"
            % (w.church(r), c.rstr(r, c.DIGITS, 3), w.ip(r), r.randrange(18, 64), K, M))


def k_esphome(r, K, ctx):
    return ("# chancel-logger.yaml (ESPHome)\nsubstitutions:\n  device_name: chancel-logger-%d\n"
            "  %s: \"%s\"\n\nesphome:\n  name: ${device_name}\n\nesp32:\n  board: esp32dev\n\n"
            "sensor:\n  - platform: sht4x\n    temperature:\n      name: \"Chancel temperature\"\n"
            % (r.randrange(1, 9), K, M))


def k_nodered(r, K, ctx):
    flow = [{"id": c.rstr(r, c.HEX, 16), "type": "subflow", "name": "blower-watch",
             "env": [{"name": "BLOWER_HOST", "type": "str", "value": w.ip(r)},
                     {"name": K, "type": "str", "value": M},
                     {"name": "ALERT_AFTER_S", "type": "num", "value": str(r.choice([30, 60, 90]))}]}]
    return "// flows.json (Node-RED, blower room Pi)\n" + _j(flow)


def k_labview(r, K, ctx):
    return ("[VoicingLogger]\nserver.tcp.enabled=True\nserver.tcp.port=%d\nLogFolder=\"D:\\Voicing\\%s\"\n"
            "WindGaugeChannel=\"Dev1/ai%d\"\n%s=\"%s\"\nAutoStart=True\n"
            % (r.choice([3363, 3364, 6000]), w.date(r), r.randrange(4), K, M))


def k_ha_secrets(r, K, ctx):
    return ("# /config/secrets.yaml (Home Assistant in the studio)\nstudio_wifi_ssid: lanternlight-studio\n"
            "kiln_a_host: %s\n%s: \"%s\"\nlatitude_home: 53.96\n" % (w.ip(r), K, M))


def k_klipper(r, K, ctx):
    return ("# printer.cfg of the cutting-table gantry (Klipper)\n[gcode_macro _STUDIO]\n"
            "variable_table_name: \"cutter\"\nvariable_%s: \"%s\"\ngcode:\n"
            "  RESPOND MSG=\"studio vars loaded\"\n\n[stepper_x]\nstep_pin: PB13\n" % (K, M))


def k_plist(r, K, ctx):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
            "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist version=\"1.0\">\n<dict>\n"
            "\t<key>CFBundleDisplayName</key>\n\t<string>Sashwright Survey</string>\n"
            "\t<key>%s</key>\n\t<string>%s</string>\n\t<key>SurveyApiHost</key>\n\t<string>%s</string>\n"
            "</dict>\n</plist>\n" % (K, M, w.host(r, "windows")))


def k_dart_define(r, K, ctx):
    obj = {"API_BASE": "https://" + w.host(r, "windows"), K: M, "SENTRY_ENV": "production",
           "BUILD_NUMBER": str(r.randrange(100, 400))}
    return "// flutter run --dart-define-from-file=env/prod.json\n" + _j(obj)


def k_expo(r, K, ctx):
    obj = {"expo": {"name": "Sashwright Survey", "slug": "sashwright-survey", "version": "3.%d.0" % r.randrange(9),
                    "extra": {"apiBase": "https://" + w.host(r, "windows"), K: M}}}
    return _j(obj)


def k_local_props(r, K, ctx):
    return ("## This file must *NOT* be checked into Version Control Systems,\n"
            "sdk.dir=/Users/%s/Library/Android/sdk\nsurvey.api.host=%s\n%s=%s\n"
            % (w.first(r).lower(), w.host(r, "windows"), K, M))


def k_laravel_env(r, K, ctx):
    return ("APP_NAME=\"Lanternlight Shop\"\nAPP_ENV=production\nAPP_DEBUG=false\nAPP_URL=https://shop.%s\n\n"
            "DB_CONNECTION=mysql\nDB_HOST=%s\nDB_DATABASE=shop\n%s=%s\nMAIL_MAILER=smtp\n"
            % (w.FIRMS["glass"]["domain"], w.ip(r), K, M))


def k_rails_db(r, K, ctx):
    return ("# config/database.yml (organ office, production)\nproduction:\n  adapter: postgresql\n"
            "  host: %s\n  database: rounds_production\n  username: rounds\n  %s: \"%s\"\n  pool: 10\n"
            % (w.ip(r), K, M))


def k_spring(r, K, ctx):
    return ("spring:\n  application:\n    name: tuning-rounds\n  datasource:\n    url: jdbc:postgresql://%s/rounds\n"
            "rounds:\n  notify-host: %s\n  %s: \"%s\"\nserver:\n  port: 8085\n" % (w.ip(r), w.host(r, "organ"), K, M))


def k_appsettings(r, K, ctx):
    obj = {"Logging": {"LogLevel": {"Default": "Information"}},
           "Quotes": {"SurveyApi": "https://" + w.host(r, "windows"), K: M},
           "AllowedHosts": "*"}
    return _j(obj)


def k_webconfig(r, K, ctx):
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n"
            "    <add key=\"QuotePdfFolder\" value=\"D:\\Quotes\\%s\" />\n    <add key=\"%s\" value=\"%s\" />\n"
            "    <add key=\"VatRate\" value=\"0.20\" />\n  </appSettings>\n</configuration>\n"
            % (w.date(r)[:7], K, M))


def k_vite(r, K, ctx):
    return ("# .env.production of the stock dashboard (Vite)\nVITE_API_BASE=https://stock.%s/api\n"
            "VITE_%s=%s\nVITE_SENTRY_ENV=production\n" % (w.FIRMS["glass"]["domain"], K, M))


def k_hugo(r, K, ctx):
    return ("# hugo.toml of the commission catalogue\nbaseURL = \"https://catalogue.%s/\"\ntitle = "
            "\"Lanternlight commissions\"\n\n[params]\n  contactEmail = \"%s\"\n  %s = \"%s\"\n"
            % (w.FIRMS["glass"]["domain"], w.email(r, "glass"), K, M))


def k_cargo(r, K, ctx):
    return ("# .cargo/config.toml of the blower-watch service\n[build]\ntarget = \"aarch64-unknown-linux-gnu\"\n\n"
            "[env]\nBLOWER_HOST = \"%s\"\n%s = \"%s\"\nRUST_LOG = \"info\"\n" % (w.ip(r), K, M))


def k_elixir(r, K, ctx):
    return ("# config/runtime.exs\nimport Config\n\nconfig :rounds, Rounds.Repo,\n  hostname: \"%s\",\n"
            "  pool_size: 10\n\nconfig :rounds, :integrations,\n  %s: \"%s\",\n  notify_host: \"%s\"\n"
            % (w.ip(r), K, M, w.host(r, "organ")))


def k_edn(r, K, ctx):
    return (";; config.edn of the pipe-scale service\n{:http {:port 8090}\n :db {:host \"%s\" :name \"scales\"}\n"
            " :%s \"%s\"\n :voicing-room \"%s\"}\n" % (w.ip(r), K, M, w.host(r, "organ")))


def k_symfony(r, K, ctx):
    return ("# config/services.yaml (quotes back office)\nparameters:\n    app.survey_host: '%s'\n"
            "    app.%s: \"%s\"\n\nservices:\n    _defaults:\n        autowire: true\n"
            % (w.host(r, "windows"), K, M))


def k_xcscheme(r, K, ctx):
    return ("<LaunchAction buildConfiguration = \"Release\" selectedDebuggerIdentifier = \"\">\n"
            "   <EnvironmentVariables>\n      <EnvironmentVariable\n         key = \"%s\"\n         value = \"%s\"\n"
            "         isEnabled = \"YES\">\n      </EnvironmentVariable>\n   </EnvironmentVariables>\n</LaunchAction>\n"
            % (K, M))


def k_compose(r, K, ctx):
    return ("services:\n  stock:\n    image: registry.%s/stock:%d.%d\n    environment:\n"
            "      - TZ=Europe/London\n      - %s=%s\n    ports:\n      - \"8080:8080\"\n"
            % (w.FIRMS["soft"]["domain"], r.randrange(1, 4), r.randrange(20), K, M))


def k_nomad(r, K, ctx):
    return ("job \"pipe-scale-sync\" {\n  datacenters = [\"york\"]\n  group \"sync\" {\n    task \"sync\" {\n"
            "      driver = \"docker\"\n      env {\n        SCALE_DB = \"%s\"\n        %s = \"%s\"\n      }\n"
            "    }\n  }\n}\n" % (w.ip(r), K, M))


def k_systemd(r, K, ctx):
    return ("# /etc/systemd/system/kiln-bridge.service\n[Unit]\nDescription=Kiln bridge\nAfter=network-online.target\n\n"
            "[Service]\nUser=kiln\nEnvironment=\"KILN_HOST=%s\"\nEnvironment=\"%s=%s\"\nExecStart=/opt/kiln-bridge/bin/bridge\n"
            "Restart=on-failure\n" % (w.ip(r), K, M))


def k_fish(r, K, ctx):
    t = w.epoch(r)
    return ("- cmd: cd ~/src/rounds\n  when: %d\n- cmd: set -gx %s '%s'\n  when: %d\n"
            "- cmd: bin/rails runner 'Visit.pending.count'\n  when: %d\n" % (t, K, M, t + 31, t + 77))


def k_bash_hist(r, K, ctx):
    t = w.epoch(r)
    return ("#%d\nssh %s\n#%d\nexport %s='%s'\n#%d\n./sync --dry-run\n" % (t, w.host(r, "soft"), t + 40, K, M, t + 95))


def k_cloud_init(r, K, ctx):
    return ("#cloud-config\nhostname: archive-%d\nwrite_files:\n  - path: /etc/archive/env\n"
            "    permissions: '0640'\n    content: |\n      ARCHIVE_ROOT=/srv/archive\n      %s=%s\n"
            "runcmd:\n  - systemctl restart archive\n" % (r.randrange(1, 5), K, M))


def k_jenkins(r, K, ctx):
    return ("pipeline {\n  agent any\n  environment {\n    DEPLOY_HOST = '%s'\n    %s = '%s'\n  }\n"
            "  stages {\n    stage('Deploy') { steps { sh './deploy.sh' } }\n  }\n}\n" % (w.host(r, "soft"), K, M))


def k_gha(r, K, ctx):
    return ("name: deploy-quotes\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
            "    env:\n      QUOTES_HOST: %s\n      %s: \"%s\"\n    steps:\n      - uses: actions/checkout@v4\n"
            % (w.host(r, "windows"), K, M))


def k_azure_pipelines(r, K, ctx):
    return ("trigger:\n- main\nvariables:\n- name: buildConfiguration\n  value: 'Release'\n- name: %s\n  value: '%s'\n"
            "pool:\n  vmImage: 'windows-latest'\n" % (K, M))


def k_chef(r, K, ctx):
    obj = {"id": "studio", "kiln_hosts": [w.ip(r), w.ip(r)], K: M}
    return "// data_bags/lanternlight/studio.json\n" + _j(obj)


def k_ps_profile(r, K, ctx):
    return ("# Microsoft.PowerShell_profile.ps1 on the quotes PC\nSet-Location D:\\Quotes\n"
            "$env:QUOTES_HOST = '%s'\n$env:%s = '%s'\nImport-Module posh-git\n" % (w.host(r, "windows"), K, M))


def k_kustomize(r, K, ctx):
    return ("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: studio\n"
            "secretGenerator:\n- name: studio-env\n  literals:\n  - %s=%s\n  - TZ=Europe/London\n" % (K, M))


def k_slack_json(r, K, ctx):
    msgs = [{"type": "message", "user": "U0" + c.rstr(r, c.UPPER_ALNUM, 8), "ts": "%d.%06d" % (w.epoch(r), r.randrange(10 ** 6)),
             "text": "%s, can you check the %s still works? it's %s" % (w.first(r), K, M)},
            {"type": "message", "user": "U0" + c.rstr(r, c.UPPER_ALNUM, 8), "ts": "%d.%06d" % (w.epoch(r), r.randrange(10 ** 6)),
             "text": "works, thanks"}]
    return _j(msgs)


def k_whatsapp(r, K, ctx):
    a, b = w.first(r), w.first(r)
    d = w.date(r)
    dd = "%s/%s/%s" % (d[8:], d[5:7], d[:4])
    t1, t2, t3 = w.clocks(r, 3)
    return ("[%s, %s] %s: morning, I'm at %s and need the %s\n[%s, %s] %s: %s\n"
            "[%s, %s] %s: got it 👍\n" % (dd, t1, a, w.church(r), K, dd, t2, b, M, dd, t3, a))


def k_trello(r, K, ctx):
    return ("**Comment by %s** · %s\n\nMoved the kiln back to bay 2. For whoever does the firing tomorrow, "
            "%s: `%s`\n\n> Card: *Rood screen panels – batch 3*\n" % (w.person(r), w.date(r), K, M))


def k_sheets_csv(r, K, ctx):
    return ("System,Owner,%s,Updated\nStudio shop,%s,%s,%s\n" % (K, w.person(r), M, w.date(r)))


def k_notion(r, K, ctx):
    return ("# Site kit checklist — %s\n\n- [x] ladders booked\n- [x] dust sheets\n- [ ] %s: %s\n"
            "- [ ] photos to archive\n" % (w.church(r), K, M))


def k_photo_ocr(r, K, ctx):
    return ("[OCR of a photo of the note taped inside the cupboard, %s]\n%s\n%s\n(don't move this note)\n"
            % (w.date(r), K.upper(), M))


def k_eml(r, K, ctx):
    name, addr = w.person_email(r, "organ")
    return ("From: %s <%s>\nTo: %s\nSubject: Re: handover before the holidays\nDate: %s\n\n"
            "Hi,\n\nAs promised, the %s is %s\n\nCheers,\n%s\n" % (name, addr, w.email(r, "soft"), w.date(r), K, M,
                                                                   name.split()[0]))


def k_zoom(r, K, ctx):
    t1, t2 = w.clocks(r, 2)
    return ("%s:%02d From %s to Everyone:\n\tcan someone paste the %s?\n"
            "%s:%02d From %s to Everyone:\n\t%s\n" % (t1, r.randrange(60), w.person(r), K, t2, r.randrange(60),
                                                      w.person(r), M))


def k_linear(r, K, ctx):
    return ("### QUO-%d Survey upload fails on site\n\nRepro on tablet 3 at %s. Logged in with the %s "
            "`%s` and the upload still 500s.\n\n**Priority:** High\n" % (r.randrange(100, 999), w.church(r), K, M))


KINDS = [
    # name, style, forbidden characters, description, renderer
    ("kiln_platformio_ini_build_flags", "upper", "\"\\$;# '", "PlatformIO platformio.ini of the kiln controller (build_flags -D defines)", k_platformio),
    ("cutting_table_ros2_params_yaml", "snake", "\"\\", "ROS 2 parameters file of the cutting-table driver node", k_ros2),
    ("organ_console_micropython_config_py", "upper", "'\\", "MicroPython config.py on a Pico W inside an organ console", k_micropython),
    ("chancel_logger_esphome_substitutions", "snake", "\"\\$", "ESPHome YAML of a chancel humidity logger (substitutions block)", k_esphome),
    ("blower_room_node_red_subflow_env", "upper", "\"\\", "Node-RED flows.json subflow env of the blower-room Pi", k_nodered),
    ("voicing_room_labview_app_ini", "pascal", "\"", "INI file of the voicing room's LabVIEW logger", k_labview),
    ("studio_home_assistant_secrets_yaml", "snake", "\"\\", "Home Assistant secrets.yaml in the studio", k_ha_secrets),
    ("cutting_table_klipper_macro_variable", "snake", "\"'#;\\", "Klipper printer.cfg gcode_macro variable on the cutting-table gantry", k_klipper),
    ("survey_app_info_plist", "pascal", "&<>", "Info.plist of the iOS survey app", k_plist),
    ("survey_app_dart_define_json", "upper", "\"\\", "Flutter --dart-define-from-file JSON of the survey app", k_dart_define),
    ("survey_app_expo_app_json", "camel", "\"\\", "Expo app.json extra block of the survey companion app", k_expo),
    ("survey_app_android_local_properties", "dot", "\\ #!=:", "Android local.properties of the survey app checkout", k_local_props),
    ("studio_shop_laravel_dotenv", "upper", "\"'$#\\ `", "Laravel .env of the studio shop", k_laravel_env),
    ("organ_office_rails_database_yml", "snake", "\"\\%<>", "Rails config/database.yml of the organ office", k_rails_db),
    ("tuning_rounds_spring_application_yml", "kebab", "\"\\$#", "Spring Boot application.yml of the tuning-rounds service", k_spring),
    ("quotes_aspnet_appsettings_json", "pascal", "\"\\", "ASP.NET appsettings.Production.json of the quoting system", k_appsettings),
    ("quotes_aspnet_web_config_xml", "pascal", "\"&<>", "legacy web.config appSettings of the quoting system", k_webconfig),
    ("stock_vite_env_production", "upper", "\"'$#\\ `", "Vite .env.production of the stock dashboard", k_vite),
    ("catalogue_hugo_params_toml", "camel", "\"\\", "Hugo hugo.toml params of the commission catalogue", k_hugo),
    ("blower_watch_cargo_config_env", "upper", "\"\\", ".cargo/config.toml [env] of the blower-watch service", k_cargo),
    ("rounds_elixir_runtime_exs", "snake", "\"\\#", "Elixir config/runtime.exs of the rounds notifier", k_elixir),
    ("pipe_scale_clojure_config_edn", "kebab", "\"\\", "Clojure config.edn of the pipe-scale service", k_edn),
    ("quotes_symfony_services_parameters", "snake", "\"\\%", "Symfony services.yaml parameters of the quotes back office", k_symfony),
    ("survey_app_xcscheme_environment", "upper", "\"&<>", "Xcode .xcscheme EnvironmentVariable of the survey app", k_xcscheme),
    ("ops_compose_list_environment", "upper", "\"'$# ", "docker-compose.yml list-style environment of the stock service", k_compose),
    ("ops_nomad_job_env_stanza", "upper", "\"\\$%", "Nomad job HCL env stanza of the pipe-scale sync", k_nomad),
    ("ops_systemd_unit_environment_line", "upper", "\"\\%$ ", "systemd unit Environment= line of the kiln bridge", k_systemd),
    ("ops_fish_shell_history", "upper", "'\\", "fish_history (YAML-ish) on a developer laptop", k_fish),
    ("ops_bash_history_with_timestamps", "upper", "'", "~/.bash_history with HISTTIMEFORMAT epoch lines", k_bash_hist),
    ("ops_cloud_init_write_files", "snake", "\"\\", "cloud-init user-data writing an env file on the archive VM", k_cloud_init),
    ("ci_jenkinsfile_environment_block", "upper", "'\\$", "Jenkinsfile environment block", k_jenkins),
    ("ci_github_actions_job_env_block", "upper", "\"\\$", "GitHub Actions workflow job env block", k_gha),
    ("ci_azure_pipelines_variables_list", "camel", "'$", "azure-pipelines.yml variables list", k_azure_pipelines),
    ("ops_chef_data_bag_item", "snake", "\"\\", "Chef data bag item (JSON)", k_chef),
    ("ops_powershell_profile_env", "upper", "'", "PowerShell profile setting $env: variables on the quotes PC", k_ps_profile),
    ("ops_kustomize_secret_generator_literals", "upper", "\"'# ", "kustomization.yaml secretGenerator literals", k_kustomize),
    ("studio_slack_export_messages_json", "spaced", "\"\\", "Slack export (channel JSON) of the studio workspace", k_slack_json),
    ("site_whatsapp_chat_export_txt", "spaced", "", "WhatsApp chat export between site team members", k_whatsapp),
    ("restoration_trello_card_comment", "spaced", "`", "Trello card comment (Markdown)", k_trello),
    ("studio_google_sheets_export_csv", "title", "\",", "Google Sheets export (CSV) of the studio's systems list", k_sheets_csv),
    ("restoration_notion_checklist_page", "spaced", "", "Notion page export (Markdown checklist) for a site visit", k_notion),
    ("cupboard_note_phone_photo_ocr", "spaced", "", "OCR of a phone photo of a note taped in a cupboard", k_photo_ocr),
    ("organ_office_thunderbird_eml", "spaced", "", "Thunderbird .eml of a hand-over e-mail", k_eml),
    ("site_meeting_zoom_chat_txt", "spaced", "", "Zoom meeting chat save (meeting_saved_chat.txt)", k_zoom),
    ("survey_bug_linear_issue_markdown", "spaced", "`", "Linear issue (Markdown) about survey uploads", k_linear),
]
KIND_NAMES = [k[0] for k in KINDS]


def pairing():
    """15 blocks of three kinds; every block deals its own seeded permutation of
    the 12 types, four to each kind (so each kind holds four different types and
    each type sits in exactly 15 records)."""
    r = random.Random(SEED_PAIRING)
    out = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        r.shuffle(perm)
        for j in range(3):
            out.append((KINDS[3 * b + j], perm[4 * j:4 * j + 4]))
    return out


def build(reg):
    r = random.Random(SEED_VALUES)
    recs = []
    for kind, types in pairing():
        kname, style, forbid, desc, fn = kind
        for tname in types:
            words = dict((t[0], t[1]) for t in TYPES)[tname]
            K = c.style_name(words, style)
            if kname == "cupboard_note_phone_photo_ocr":
                K = c.style_name(words, "spaced")

            def draw():
                while True:
                    v = gen_value(tname, r)
                    if not any(ch in v for ch in forbid):
                        return v
            v = reg.draw(draw)
            tpl = fn(r, K, {})
            assert tpl.count(M) == 1, kname
            text = tpl.replace(M, v)
            start = tpl.index(M)
            recs.append({"type": tname, "container": kname, "text": text,
                         "secrets": [{"value": v, "start": start, "end": start + len(v), "type": tname}],
                         "source": "everyday"})
    return recs
