"""Everyday source: 12 secret types of the laundrette world x 45 container kinds."""
import base64
import random

from common234 import (MARK, SEEDS, DIGITS, ALNUM, rstr, rbytes, owner_password, damm_digit,
                       crc32_hex, jwt_hs, case_key, place, span_record)

# (type, key words, description, kind)
TYPES = [
    ("laundrette_pos_admin_password", ["pos", "admin", "password"],
     "owner-chosen admin password of the laundrette / dry-cleaner till (POS)", "password"),
    ("coin_op_controller_web_password", ["controller", "web", "password"],
     "owner-chosen web-UI password of the coin-op washer / dryer payment controller", "password"),
    ("garment_assembly_db_password", ["assembly", "db", "password"],
     "owner-chosen password of the dry cleaner's garment-assembly (conveyor slot) database", "password"),
    ("linen_route_portal_password", ["route", "portal", "password"],
     "owner-chosen password of the linen-hire delivery-route portal (cages, drops, signatures)", "password"),
    ("tunnel_washer_hmi_password", ["hmi", "service", "password"],
     "owner-chosen service password of the tunnel washer / boiler HMI panel", "password"),
    ("self_service_kiosk_password", ["kiosk", "maintenance", "password"],
     "owner-chosen maintenance password of the 24/7 self-service payment kiosk", "password"),
    ("wash_token_damm_key", ["wash", "token", "key"],
     "`wtk_` + 10-digit site number + its real Damm check digit + `_` + 28 base62; key of the wash-token "
     "top-up API (layout invented)", "generated"),
    ("rfid_gateway_crc32_secret", ["rfid", "gateway", "secret"],
     "`lrg_` + 32 base62 + `_` + 8 lower-case hex of the real CRC-32 (zlib) of those 32 characters; "
     "shared secret of the linen RFID tunnel-reader gateway (layout invented)", "generated"),
    ("garment_tracker_hs384_jwt", ["tracker", "jwt"],
     "real HS384 JWT (base64url JSON header and payload, HMAC-SHA384 under a discarded key); bearer token "
     "of the garment-tracking webhook", "generated"),
    ("booking_site_laravel_app_key", ["app", "key"],
     "Laravel `APP_KEY`: `base64:` + standard Base64 of 32 random bytes (44 characters); encrypts the "
     "booking site's cookies and sessions", "generated"),
    ("card_reader_p256_pkcs8_key", ["reader", "signing", "key"],
     "ECDSA P-256 private key as standard Base64 of its 67-byte PKCS#8 DER (fixed 35-byte prefix + "
     "32-byte scalar below the group order, no public key); signs card-reader top-up receipts", "generated"),
    ("staff_totp_base32_seed", ["totp", "seed"],
     "TOTP seed (RFC 6238): 32 upper-case Base32 characters (20 random bytes, no padding); second factor "
     "of the owner's back-office login", "generated"),
]

P256_PREFIX = bytes.fromhex("304102010030130607" "2a8648ce3d0201" "0608" "2a8648ce3d030107" "04273025020101" "0420")
P256_ORDER = int("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16)


def gen_value(typ, rng):
    if typ.endswith("_password"):
        return owner_password(rng)
    if typ == "wash_token_damm_key":
        site = rng.choice("123456789") + rstr(rng, DIGITS, 9)
        return "wtk_" + site + damm_digit(site) + "_" + rstr(rng, ALNUM, 28)
    if typ == "rfid_gateway_crc32_secret":
        body = rstr(rng, ALNUM, 32)
        return "lrg_" + body + "_" + crc32_hex(body)
    if typ == "garment_tracker_hs384_jwt":
        iat = 1709251200 + rng.randint(0, 20000000)
        payload = {"iss": "garment-tracker", "sub": "store-%04d" % rng.randint(1, 9999),
                   "scope": rng.choice(["webhook:write", "rail:update", "ticket:read"]),
                   "iat": iat, "exp": iat + rng.choice([86400, 604800, 2592000])}
        return jwt_hs(rng, payload, "HS384")
    if typ == "booking_site_laravel_app_key":
        return "base64:" + base64.b64encode(rbytes(rng, 32)).decode()
    if typ == "card_reader_p256_pkcs8_key":
        while True:
            d = rbytes(rng, 32)
            if 0 < int.from_bytes(d, "big") < P256_ORDER:
                break
        return base64.b64encode(P256_PREFIX + d).decode()
    if typ == "staff_totp_base32_seed":
        return base64.b32encode(rbytes(rng, 20)).decode()
    raise KeyError(typ)


def _n(rng, a, b):
    return rng.randint(a, b)


# 45 container kinds: (kind, style, template function(K, V, rng) -> text with V = MARK)
def _kinds():
    K = []

    def k(name, style):
        def deco(fn):
            K.append((name, style, fn))
            return fn
        return deco

    @k("laundry_booking_laravel_dotenv", "upper")
    def _(key, v, r):
        return ('APP_NAME="Suds & Co Booking"\nAPP_ENV=production\nAPP_URL=https://book.suds-and-co.example\n'
                'DB_CONNECTION=mysql\nDB_HOST=10.20.0.%d\n%s=%s\nQUEUE_CONNECTION=redis\n' % (_n(r, 2, 250), key, v))

    @k("laundry_booking_symfony_parameters_yaml", "snake")
    def _(key, v, r):
        return ("parameters:\n    locale: en_GB\n    mailer_host: smtp.suds-and-co.example\n    %s: '%s'\n"
                "    store_count: %d\n" % (key, v, _n(r, 3, 14)))

    @k("laundry_booking_rails_database_yml", "snake")
    def _(key, v, r):
        return ("production:\n  adapter: postgresql\n  host: db.suds-and-co.internal\n  database: booking_production\n"
                "  username: booking\n  %s: \"%s\"\n  pool: %d\n" % (key, v, _n(r, 5, 20)))

    @k("pickup_app_expo_app_json", "camel")
    def _(key, v, r):
        return ('{\n  "expo": {\n    "name": "Suds Pickup",\n    "slug": "suds-pickup",\n    "version": "2.%d.0",\n'
                '    "extra": {\n      "%s": "%s",\n      "apiBase": "https://api.suds-and-co.example"\n    }\n  }\n}\n'
                % (_n(r, 1, 30), key, v))

    @k("pickup_app_android_local_properties", "dot")
    def _(key, v, r):
        return ("## This file must *NOT* be checked into Version Control Systems\nsdk.dir=/Users/jamie/Library/Android/sdk\n"
                "%s=%s\norg.gradle.jvmargs=-Xmx%dm\n" % (key, v, r.choice([2048, 3072, 4096])))

    @k("pickup_app_ios_info_plist", "pascal")
    def _(key, v, r):
        return ("<key>CFBundleDisplayName</key>\n<string>Suds Pickup</string>\n<key>%s</key>\n<string>%s</string>\n"
                "<key>CFBundleVersion</key>\n<string>%d</string>\n" % (key, v, _n(r, 100, 999)))

    @k("dry_clean_pos_delphi_ini", "pascal")
    def _(key, v, r):
        return ("[Database]\nServer=POS-BACK\\SQLEXPRESS\nCatalog=CleanPos\n%s=%s\n\n[Printer]\n"
                "TicketPrinter=EPSON TM-T20III\nCopies=%d\n" % (key, v, _n(r, 1, 3)))

    @k("dry_clean_pos_access_vba_module", "pascal")
    def _(key, v, r):
        return ('Option Compare Database\nOption Explicit\n\nPublic Const ShopCode As String = "PRS-%03d"\n'
                'Public Const %s As String = "%s"\n' % (_n(r, 1, 999), key, v))

    @k("dry_clean_conveyor_controller_xml", "camel")
    def _(key, v, r):
        return ('<conveyorController model="SlotRail 600" slots="%d">\n  <network host="192.168.40.%d" port="502"/>\n'
                '  <auth %s="%s"/>\n</conveyorController>\n' % (_n(r, 300, 900), _n(r, 2, 250), key, v))

    @k("linen_erp_odoo_conf", "snake")
    def _(key, v, r):
        return ("[options]\naddons_path = /opt/odoo/addons,/opt/linen/addons\ndb_host = 10.30.1.%d\ndb_user = odoo\n"
                "%s = %s\nworkers = %d\n" % (_n(r, 2, 250), key, v, _n(r, 2, 8)))

    @k("linen_erp_micronaut_application_yml", "kebab")
    def _(key, v, r):
        return ('micronaut:\n  application:\n    name: linen-erp\nlinen:\n  %s: "%s"\n  depot-code: DEP%02d\n'
                % (key, v, _n(r, 1, 40)))

    @k("linen_erp_hikari_datasource_properties", "dot")
    def _(key, v, r):
        return ("dataSourceClassName=org.postgresql.ds.PGSimpleDataSource\ndataSource.serverName=db.brightlinen-hire.internal\n"
                "dataSource.databaseName=linen\n%s=%s\nmaximumPoolSize=%d\n" % (key, v, _n(r, 5, 30)))

    @k("linen_route_flutter_dart_define_json", "upper")
    def _(key, v, r):
        return ('{\n  "FLAVOR": "prod",\n  "API_BASE": "https://routes.brightlinen-hire.example",\n  "%s": "%s",\n'
                '  "BUILD_NO": "%d"\n}\n' % (key, v, _n(r, 100, 999)))

    @k("linen_rfid_nodered_settings_js", "camel")
    def _(key, v, r):
        return ('module.exports = {\n    uiPort: process.env.PORT || 1880,\n    functionGlobalContext: {\n'
                '        %s: "%s",\n        depot: "north-%d"\n    }\n}\n' % (key, v, _n(r, 1, 9)))

    @k("linen_rfid_mosquitto_bridge_conf", "snake")
    def _(key, v, r):
        return ("connection linen-depot-bridge\naddress broker.brightlinen-hire.example:8883\ntopic rfid/# out 1\n"
                "remote_clientid depot-%02d\n%s %s\n" % (_n(r, 1, 40), key, v))

    @k("machine_controller_esphome_secrets_yaml", "snake")
    def _(key, v, r):
        return ('wifi_ssid: "SudsBackOffice"\n%s: "%s"\nota_port: %d\n' % (key, v, r.choice([3232, 8266])))

    @k("machine_controller_platformio_ini", "upper")
    def _(key, v, r):
        return ('[env:esp32dev]\nplatform = espressif32\nboard = esp32dev\nframework = arduino\nbuild_flags =\n'
                '    -D MACHINE_ROW=%d\n    -D %s=\\"%s\\"\n' % (_n(r, 1, 6), key, v))

    @k("machine_controller_micropython_config_py", "upper")
    def _(key, v, r):
        return ('# config.py - pulse counter on washer row %d\nWIFI_SSID = "Suds-Backroom"\n%s = "%s"\nPULSE_PIN = %d\n'
                % (_n(r, 1, 6), key, v, r.choice([4, 5, 14, 27])))

    @k("boiler_plc_codesys_gvl", "upper")
    def _(key, v, r):
        return ("VAR_GLOBAL CONSTANT\n    BOILER_ID : STRING := 'BLR-%03d';\n    %s : STRING(120) := '%s';\nEND_VAR\n"
                % (_n(r, 1, 999), key, v))

    @k("kiosk_electron_config_json", "camel")
    def _(key, v, r):
        return ('{\n  "kioskMode": true,\n  "terminalId": "K%03d",\n  "%s": "%s",\n  "idleTimeoutSec": 90\n}\n'
                % (_n(r, 1, 999), key, v))

    @k("kiosk_powershell_profile_ps1", "pascal")
    def _(key, v, r):
        return ("# kiosk profile\n$Env:KioskStore = \"Leith-%02d\"\n$Env:%s = '%s'\nSet-Location C:\\Kiosk\n"
                % (_n(r, 1, 40), key, v))

    @k("ops_docker_compose_env", "upper")
    def _(key, v, r):
        return ("services:\n  booking:\n    image: registry.suds-and-co.example/booking:2.%d\n    environment:\n"
                "      - APP_ENV=production\n      - %s=%s\n" % (_n(r, 1, 40), key, v))

    @k("ops_ansible_inventory_ini", "snake")
    def _(key, v, r):
        return ("[laundrettes]\nleith-01 ansible_host=10.40.0.%d\n\n[laundrettes:vars]\nansible_user=deploy\n%s=%s\n"
                % (_n(r, 2, 250), key, v))

    @k("ops_terraform_tfvars", "snake")
    def _(key, v, r):
        return ('region      = "eu-west-2"\nstore_count = %d\n%s = "%s"\n' % (_n(r, 3, 14), key, v))

    @k("ops_nomad_job_hcl", "upper")
    def _(key, v, r):
        return ('job "linen-sync" {\n  group "sync" {\n    count = %d\n    task "worker" {\n      env {\n'
                '        DEPOT = "north"\n        %s = "%s"\n      }\n    }\n  }\n}\n' % (_n(r, 1, 3), key, v))

    @k("ops_pulumi_stack_yaml", "camel")
    def _(key, v, r):
        return ('config:\n  aws:region: eu-west-2\n  laundry-infra:%s: "%s"\n  laundry-infra:storeCount: "%d"\n'
                % (key, v, _n(r, 3, 14)))

    @k("ops_bitbucket_pipelines_yml", "upper")
    def _(key, v, r):
        return ('pipelines:\n  branches:\n    main:\n      - step:\n          name: Deploy booking\n          script:\n'
                '            - export %s="%s"\n            - ./deploy.sh %d\n' % (key, v, _n(r, 1, 9)))

    @k("ops_circleci_config_yml", "upper")
    def _(key, v, r):
        return ('jobs:\n  deploy:\n    docker:\n      - image: cimg/php:8.3\n    environment:\n      %s: "%s"\n'
                '    steps:\n      - checkout\n' % (key, v))

    @k("ops_azure_pipelines_yml", "upper")
    def _(key, v, r):
        return ("variables:\n  BUILD_CONFIGURATION: Release\n  %s: '%s'\nsteps:\n"
                "- script: dotnet publish -c $(BUILD_CONFIGURATION)\n" % (key, v))

    @k("ops_fish_history", "upper")
    def _(key, v, r):
        t = 1710000000 + _n(r, 0, 9000000)
        return ("- cmd: cd ~/src/suds-booking\n  when: %d\n- cmd: set -gx %s '%s'\n  when: %d\n"
                "- cmd: php artisan migrate --force\n  when: %d\n" % (t, key, v, t + 31, t + 58))

    @k("ops_bash_history_export", "upper")
    def _(key, v, r):
        return ("cd /srv/booking\nexport %s='%s'\nsystemctl restart booking-worker\njournalctl -u booking-worker -n %d\n"
                % (key, v, _n(r, 20, 200)))

    @k("ops_powershell_history_txt", "upper")
    def _(key, v, r):
        return ('cd C:\\Kiosk\n$env:%s = "%s"\n.\\KioskAgent.exe --register --site %d\n' % (key, v, _n(r, 1, 40)))

    @k("ops_launchd_plist", "upper")
    def _(key, v, r):
        return ("<key>Label</key>\n<string>example.suds.till-sync</string>\n<key>EnvironmentVariables</key>\n<dict>\n"
                "    <key>%s</key>\n    <string>%s</string>\n</dict>\n" % (key, v))

    @k("ops_openrc_conf_d", "upper")
    def _(key, v, r):
        return ('# /etc/conf.d/linen-sync\nLINEN_SYNC_USER="linen"\n%s="%s"\nLINEN_SYNC_INTERVAL=%d\n'
                % (key, v, r.choice([60, 120, 300])))

    @k("ops_heroku_config_dump", "upper")
    def _(key, v, r):
        return ("=== suds-booking Config Vars\nAPP_ENV:   production\n%s: %s\nLOG_LEVEL: info\n" % (key, v))

    @k("ops_fly_toml_env", "upper")
    def _(key, v, r):
        return ('app = "suds-pickup"\nprimary_region = "lhr"\n\n[env]\n  %s = "%s"\n  PORT = "8080"\n' % (key, v))

    @k("laundrette_whatsapp_group_export", "spaced")
    def _(key, v, r):
        mm = _n(r, 10, 49)
        return ("[12/03/2024, 07:%d:11] Dee (Leith): morning, machine 7 is leaking again\n"
                "[12/03/2024, 07:%d:40] Ray (owner): the %s is %s if you need to reset anything\n"
                "[12/03/2024, 07:%d:02] Dee (Leith): cheers\n" % (mm, mm + 1, key, v, mm + 2))

    @k("linen_hire_zendesk_ticket", "spaced")
    def _(key, v, r):
        return ("Ticket #%d - route handheld won't sync\nInternal note: customer confirmed the %s %s works on the web "
                "portal, so the handheld cache is stale.\n" % (_n(r, 10000, 99999), key, v))

    @k("dry_clean_trello_card_comment", "spaced")
    def _(key, v, r):
        return ("Card: replace assembly rail motor\nComment by Priya: for the engineer on Thursday - %s: %s "
                "(change it after they leave)\n" % (key, v))

    @k("laundrette_notion_page_export", "spaced")
    def _(key, v, r):
        return ("# Leith shop - opening checklist\n- Float in till: £%d\n- %s: `%s`\n- Check lint screens on dryers 1-6\n"
                % (r.choice([50, 75, 100]), key, v))

    @k("laundrette_excel_csv_export", "title")
    def _(key, v, r):
        return ("Site,System,%s,Updated\nLeith,%s,%s,2024-03-%02d\n"
                % (key, r.choice(["Till", "Kiosk", "Controllers"]), v, _n(r, 1, 28)))

    @k("machine_sticker_photo_ocr", "title")
    def _(key, v, r):
        return ("SPEED WASH 20KG   SN 2231%04d\nSERVICE ACCESS\n%s: %s\nDO NOT REMOVE\n" % (_n(r, 0, 9999), key, v))

    @k("laundrette_sms_to_owner", "spaced")
    def _(key, v, r):
        return ("From: +44 7700 900%03d\nhi it's Mo at the Portobello shop, what's the %s again?\n"
                "Reply: %s - don't write it on the till\n" % (_n(r, 0, 999), key, v))

    @k("linen_erp_postman_environment_json", "camel")
    def _(key, v, r):
        return ('{\n  "name": "linen-erp prod",\n  "values": [\n'
                '    {"key": "baseUrl", "value": "https://erp.brightlinen-hire.example", "enabled": true},\n'
                '    {"key": "%s", "value": "%s", "enabled": true}\n  ]\n}\n' % (key, v))

    @k("dry_clean_pos_dotnet_app_config", "pascal")
    def _(key, v, r):
        return ('<appSettings>\n  <add key="StoreNumber" value="%d" />\n  <add key="%s" value="%s" />\n</appSettings>\n'
                % (_n(r, 1, 99), key, v))

    return K


KINDS = _kinds()
assert len(KINDS) == 45, len(KINDS)


def pairing():
    """15 blocks of three kinds; each block deals a permutation of the 12 types, four per kind."""
    rng = random.Random(SEEDS["everyday_pairing"])
    out = []
    tnames = [t[0] for t in TYPES]
    for b in range(15):
        perm = tnames[:]
        rng.shuffle(perm)
        for j in range(3):
            kind = KINDS[b * 3 + j]
            for typ in perm[j * 4:(j + 1) * 4]:
                out.append((kind, typ))
    return out


def generate(registry, next_id):
    rng = random.Random(SEEDS["everyday_values"])
    tinfo = {t[0]: t for t in TYPES}
    recs = []
    for (kind, typ) in pairing():
        name, style, fn = kind
        value = registry.draw(lambda: gen_value(typ, rng))
        key = case_key(tinfo[typ][1], style)
        tmpl = fn(key, MARK, rng)
        text, s, e = place(tmpl, value)
        recs.append(span_record(next_id(), typ, name, text, s, e, "everyday"))
    return recs
