"""Everyday source of p275: 12 types x 15 records in 45 container kinds x 4 records."""
import json
import random

import common275 as C
import world275 as W

SEED_VALUES, SEED_PAIRING, SEED_SURROUND, SEED_KEYS = 27501, 27511, 27521, 27571

# ------------------------------------------------------------------ types
OWNER = "owner"
TYPES = [
    ("weighbridge_indicator_supervisor_password", OWNER, ["weighbridge", "supervisor", "password"],
     "owner-chosen supervisor password of the weighbridge indicator and ticket terminal at Harrowby (tares, calibration seal, ticket numbering)"),
    ("baler_shear_hmi_engineer_password", OWNER, ["baler", "engineer", "password"],
     "owner-chosen engineer password of the HMI on Harrowby's baler-shear (ram pressure, bale length, blade gap)"),
    ("xrf_alloy_analyser_admin_password", OWNER, ["xrf", "admin", "password"],
     "owner-chosen admin password of the handheld XRF analyser that grades stainless, brass and alloy wheels at Harrowby"),
    ("depollution_rig_operator_password", OWNER, ["depollution", "operator", "password"],
     "owner-chosen operator login of Cinderford's depollution rig (fuel, oil, coolant and refrigerant drained per vehicle)"),
    ("anpr_gate_camera_admin_password", OWNER, ["anpr", "camera", "password"],
     "owner-chosen admin password of the ANPR cameras at Harrowby's gate (seller vehicle records kept under the Scrap Metal Dealers Act)"),
    ("lot_photo_tablet_app_password", OWNER, ["lot", "tablet", "password"],
     "owner-chosen login of the yard tablet app Tarbrook's staff use to photograph and grade auction lots"),
    ("parts_locator_md4_tailed_api_key", "md4", ["parts", "locator", "api", "key"],
     "API key of Cinderford's parts-locator API (layout invented): `cpl_` + 32 base62 characters + `_` + 8 lower-case hex "
     "digits = the first four bytes of the real MD4 digest (RFC 1320, written by hand) of the 32 body characters"),
    ("weighbridge_sync_blake3_tailed_token", "blake3", ["weighbridge", "sync", "token"],
     "token of the service that syncs weighbridge tickets to the Ferrule ledger (layout invented): `hwb_` + 28 base62 "
     "characters + `.` + 10 lower-case hex digits = the first five bytes of the real BLAKE3 digest (written by hand) of the 28 body characters"),
    ("payout_kiosk_aes_kcv_terminal_key", "kcv", ["payout", "terminal", "key"],
     "terminal master key of the cashless payout kiosk (layout invented): `pko1.` + 32 upper-case hex digits (an AES-128 key) + `.` + "
     "6 upper-case hex digits = its real key check value (the first three bytes of AES-128 encrypting a zero block under the key; AES written by hand)"),
    ("seller_id_scanner_dual_check_activation_code", "tckn", ["scanner", "activation", "code"],
     "activation code of the seller-ID document scanner software at Harrowby (layout invented): `SID-` + nine digits grouped 3-3-3 + `-` + "
     "two check digits computed with the Turkish identity-number rule (first: 7 x the sum of digits 1,3,5,7,9 minus the sum of digits 2,4,6,8, mod 10; "
     "second: the sum of the first ten digits mod 10; first digit never 0)"),
    ("auction_bidder_paseto_v4_local_token", "paseto", ["auction", "bidder", "token"],
     "bidder session token of Tarbrook's salvage auction: a real PASETO v4.local token (XChaCha20 encryption with keys split by keyed BLAKE2b, "
     "BLAKE2b-256 tag over the pre-authentication encoding; claims sub, lot, aud, exp; footer with a kid) under a 32-byte key drawn from a fixed seed and kept in memory"),
    ("recovery_truck_cwt_mac0_token", "cwt", ["telematics", "token"],
     "bearer token of the recovery trucks' telematics ingest: a real CBOR Web Token (RFC 8392) in a tagged COSE_Mac0 with alg 4 "
     "(HMAC 256/64; claims iss, sub, aud, exp, iat, cti; kid in the unprotected header) under a 32-byte key drawn from a fixed seed and kept in memory, written as unpadded base64url"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_INFO = {t[0]: t for t in TYPES}

_krng = random.Random(SEED_KEYS)
PASETO_KEY = C.rand_bytes(_krng, 32)
CWT_KEY = C.rand_bytes(_krng, 32)
CWT_KID = b"ffx-tel-2"


def gen_value(typ, rng, forbid):
    kind = TYPE_INFO[typ][1]
    if kind == OWNER:
        return W.password(rng, W.JOIN_OWNER, 0.5, avoid=forbid)
    if kind == "md4":
        body = C.rand_str(rng, C.BASE62, 32)
        return "cpl_" + body + "_" + C.md4(body.encode())[:4].hex()
    if kind == "blake3":
        body = C.rand_str(rng, C.BASE62, 28)
        return "hwb_" + body + "." + C.blake3(body.encode())[:5].hex()
    if kind == "kcv":
        k = C.rand_bytes(rng, 16)
        return "pko1." + k.hex().upper() + "." + C.aes_kcv(k).hex().upper()
    if kind == "tckn":
        d9 = str(rng.randrange(1, 10)) + C.rand_str(rng, C.DIGITS, 8)
        return f"SID-{d9[0:3]}-{d9[3:6]}-{d9[6:9]}-{C.tckn_digits(d9)}"
    if kind == "paseto":
        claims = {"sub": f"bidder-{rng.randrange(10000, 99999)}", "lot": f"TBK-{rng.randrange(1000, 9999)}",
                  "aud": "auction.tarbrook-salvage.example",
                  "exp": f"2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}T{rng.randrange(6, 20):02d}:00:00+00:00"}
        footer = json.dumps({"kid": f"tbk-2025-{rng.randrange(1, 9):02d}"}, separators=(",", ":")).encode()
        return C.paseto_v4_local_encrypt(PASETO_KEY, json.dumps(claims, separators=(",", ":")).encode(),
                                         C.rand_bytes(rng, 32), footer)
    if kind == "cwt":
        iat = 1735689600 + rng.randrange(0, 300) * 86400 + rng.randrange(0, 86400)
        claims = {1: "https://api.ferrule.example", 2: f"truck-{rng.randrange(1, 13):02d}", 3: "telemetry-ingest",
                  4: iat + 30 * 86400, 6: iat, 7: C.rand_bytes(rng, 8)}
        return C.cwt_mac0(CWT_KEY, claims, CWT_KID)
    raise ValueError(typ)


def check_value(typ, v):
    """Return an error string or None (shape and real check of every everyday value)."""
    kind = TYPE_INFO[typ][1]
    import re
    if kind == OWNER:
        return None if W.is_owner_pw(v) else "owner password form"
    if kind == "md4":
        m = re.fullmatch(r"cpl_([0-9A-Za-z]{32})_([0-9a-f]{8})", v)
        if not m or C.md4(m.group(1).encode())[:4].hex() != m.group(2):
            return "MD4 tail"
        return None
    if kind == "blake3":
        m = re.fullmatch(r"hwb_([0-9A-Za-z]{28})\.([0-9a-f]{10})", v)
        if not m or C.blake3(m.group(1).encode())[:5].hex() != m.group(2):
            return "BLAKE3 tail"
        return None
    if kind == "kcv":
        m = re.fullmatch(r"pko1\.([0-9A-F]{32})\.([0-9A-F]{6})", v)
        if not m or C.aes_kcv(bytes.fromhex(m.group(1))).hex().upper() != m.group(2):
            return "AES key check value"
        return None
    if kind == "tckn":
        m = re.fullmatch(r"SID-([1-9][0-9]{2})-([0-9]{3})-([0-9]{3})-([0-9]{2})", v)
        if not m or not C.tckn_ok("".join(m.groups())):
            return "dual check digits"
        return None
    if kind == "paseto":
        try:
            msg, footer = C.paseto_v4_local_decrypt(PASETO_KEY, v)
            claims = json.loads(msg)
            if set(claims) != {"sub", "lot", "aud", "exp"} or "kid" not in json.loads(footer):
                return "PASETO claims"
        except Exception as e:  # noqa
            return f"PASETO decrypt ({e})"
        return None
    if kind == "cwt":
        try:
            claims, unprot = C.cwt_verify(CWT_KEY, v)
            if set(claims) != {1, 2, 3, 4, 6, 7} or unprot.get(4) != CWT_KID:
                return "CWT claims"
        except Exception as e:  # noqa
            return f"CWT verify ({e})"
        return None
    return "unknown type"


# ------------------------------------------------------------------ container kinds
SHELL_BAD = " \t\n'\"$\\`!#&;|<>()*?[]{}~"
JSON_BAD = '"\\\n'
XML_BAD = "&<>\"'\n"
YAML_Q = "'\n"
CSV_BAD = ',"\n'
WS = " \t\n"


def _kw(typ):
    return TYPE_INFO[typ][2]


def K(typ, style):
    return C.key_style(_kw(typ), style)


KINDS = {}


def kind(name, style, syntax, forbid, desc):
    def deco(fn):
        KINDS[name] = dict(name=name, style=style, syntax=syntax, forbid=forbid, desc=desc, fn=fn)
        return fn
    return deco


def _p(r):
    return W.person(r)


@kind("weighbridge_escpos_ticket_capture", "spaced", "none", WS,
      "ESC/POS print job of the weighbridge ticket printer decoded to text, a note typed into the ticket footer")
def _k1(r, typ, v):
    t = r.randrange(100000, 999999)
    g = r.randrange(9000, 32000); ta = r.randrange(3000, g - 1000)
    return (f"[ESC @][ESC a 1]HARROWBY RECLAMATION & METALS\nKettering  weighbridge 2\n[ESC a 0]Ticket {t}\n"
            f"Vehicle  {r.choice(['AK', 'BX', 'FN', 'NX', 'YT'])}{r.randrange(10, 75)} {C.rand_str(r, 'ABCDEFGHJKLMNPRSTUVWXY', 3)}\n"
            f"Gross {g} kg\nTare  {ta} kg\nNett  {g - ta} kg\nGrade {r.choice(['HMS1&2', 'light iron', 'No.1 copper', 'mixed brass'])}\n"
            f"[ESC E 1]FOOTER:[ESC E 0] {K(typ, 'spaced')} {v} (for {_p(r).split()[0]}, weekend cover)\n[GS V 66 0]")


@kind("baler_hmi_recipe_csv", "pascal", "csv", CSV_BAD, "CSV recipe export of the baler-shear HMI (Name,Value,Comment)")
def _k2(r, typ, v):
    rows = [("Name", "Value", "Comment"), ("RamPressureBar", str(r.randrange(180, 260)), "main ram"),
            ("BaleLengthMm", str(r.randrange(600, 1200)), "steel bale"), ("BladeGapMm", f"0.{r.randrange(2, 9)}", "checked weekly"),
            (K(typ, "pascal"), v, "do not share"), ("CycleCount", str(r.randrange(10000, 90000)), "")]
    return "\n".join(",".join(x) for x in rows) + "\n"


@kind("xrf_analyser_settings_xml", "camel", "xml", XML_BAD, "XML settings export of the handheld XRF analyser")
def _k3(r, typ, v):
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<analyserSettings serial="VNX-{r.randrange(100000, 999999)}">\n'
            f'  <mode name="alloyPlus" testTimeSec="{r.randrange(3, 9)}"/>\n  <gradeLibrary>scrap-uk-{r.randrange(2019, 2025)}</gradeLibrary>\n'
            f'  <export host="{W.host10(r)}" share="xrf"/>\n  <{K(typ, "camel")}>{v}</{K(typ, "camel")}>\n</analyserSettings>\n')


@kind("anpr_camera_param_list", "pascal", "none", WS, "parameter listing of the ANPR camera's param.cgi (dotted names)")
def _k4(r, typ, v):
    return (f"root.Network.IPAddress={W.host192(r)}\nroot.Network.HostName=anpr-gate-{r.randrange(1, 3)}\n"
            f"root.LicensePlate.Region=europe\nroot.LicensePlate.Confidence={r.randrange(70, 95)}\n"
            f"root.Event.Push.Url=https://anpr.harrowby-metals.example/hook\nroot.Ferrule.{K(typ, 'pascal')}={v}\n")


@kind("depollution_gateway_config_json", "camel", "json", JSON_BAD, "JSON config of the Modbus gateway on the depollution rig")
def _k5(r, typ, v):
    d = {"gateway": f"depol-{r.randrange(1, 4)}", "modbus": {"port": "/dev/ttyUSB0", "baud": 19200, "slaves": [1, 2, 3]},
         "upload": {"url": "https://atf.cinderford-autos.example/api/drain", "intervalSec": 60},
         "auth": {C.key_style(_kw(typ), "camel"): v}}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@kind("gate_barrier_nvs_partition_csv", "snake", "csv", CSV_BAD, "ESP-IDF NVS partition CSV of the gate barrier controller")
def _k6(r, typ, v):
    return ("key,type,encoding,value\nferrule,namespace,,\n"
            f"wifi_ssid,data,string,HRB-YARD\nbroker_host,data,string,{W.host10(r)}\n"
            f"{K(typ, 'snake')[:15]},data,string,{v}\nopen_ms,data,u32,{r.randrange(3000, 9000)}\n")


@kind("kiosk_chromium_policy_json", "pascal", "json", JSON_BAD, "Chromium managed policy JSON of the payout kiosk (extension managed storage)")
def _k7(r, typ, v):
    ext = C.rand_str(r, "abcdefghijklmnop", 32)
    d = {"KioskModeEnabled": True, "HomepageLocation": "https://kiosk.harrowby-metals.example/",
         "3rdparty": {"extensions": {ext: {"KioskId": f"HRB-K{r.randrange(1, 4)}", K(typ, "pascal"): v}}}}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@kind("recovery_truck_canlogger_yaml", "snake", "yaml", YAML_Q, "YAML config of the CAN-bus logger on a recovery truck")
def _k8(r, typ, v):
    return (f"logger:\n  truck: TRK-{r.randrange(1, 9):02d}\n  can_bitrate: 250000\n  pgns: [61444, 65265, 65262]\n"
            f"upload:\n  url: https://yard.tarbrook-salvage.example/can\n  {K(typ, 'snake')}: '{v}'\n  every_s: {r.randrange(30, 120)}\n")


@kind("catcage_rfid_reader_ini", "pascal", "ini", ';#"\n%', "INI of the RFID reader on the catalytic-converter cage")
def _k9(r, typ, v):
    return (f"[Reader]\nPort=COM{r.randrange(3, 9)}\nPowerDbm={r.randrange(20, 30)}\n\n[Upload]\n"
            f"Host=rack.cinderford-autos.example\n{K(typ, 'pascal')}={v}\nBatchSize={r.randrange(10, 50)}\n")


@kind("lot_tablet_mdm_config_json", "camel", "json", JSON_BAD, "MDM managed app configuration pushed to the lot-photo tablets")
def _k10(r, typ, v):
    d = {"managedAppConfiguration": {"bundleId": "example.tarbrook.lotcam", "settings": [
        {"key": "yardCode", "valueString": "TBK"}, {"key": "uploadHost", "valueString": "yard.tarbrook-salvage.example"},
        {"key": K(typ, "camel"), "valueString": v}]}}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@kind("tickets_laravel_dotenv", "upper", "dotenv", SHELL_BAD, "Laravel .env of the weighbridge ticketing app")
def _k11(r, typ, v):
    return (f"APP_NAME=HarrowbyTickets\nAPP_ENV=production\nAPP_URL=https://weighbridge.harrowby-metals.example\n"
            f"DB_HOST={W.host10(r)}\nQUEUE_CONNECTION=database\n{K(typ, 'upper')}={v}\nLOG_CHANNEL=daily\n")


@kind("parts_rails_credentials_show", "snake", "yaml", YAML_Q, "terminal capture of bin/rails credentials:show for the parts shop")
def _k12(r, typ, v):
    return (f"$ EDITOR=cat bin/rails credentials:show -e production\nsecret_key_base_note: see vault\n"
            f"ebay:\n  site: EBAY-GB\nferrule:\n  {K(typ, 'snake')}: '{v}'\n  region: eu-west-2\n")


@kind("auction_spring_application_yml", "kebab", "yaml", YAML_Q, "Spring Boot application-prod.yml of the auction service")
def _k13(r, typ, v):
    return (f"server:\n  port: 8443\nspring:\n  application:\n    name: tarbrook-auction\nauction:\n"
            f"  close-grace-seconds: {r.randrange(30, 120)}\n  {K(typ, 'kebab')}: '{v}'\n")


@kind("auction_fastapi_settings_py", "upper", "none", JSON_BAD, "pydantic settings module of the auction API (FastAPI)")
def _k14(r, typ, v):
    return (f"from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n"
            f"    AUCTION_HOST: str = \"auction.tarbrook-salvage.example\"\n    MAX_LOTS: int = {r.randrange(200, 900)}\n"
            f"    {K(typ, 'upper')}: str = \"{v}\"\n\n\nsettings = Settings()\n")


@kind("seller_phoenix_runtime_exs", "snake", "none", JSON_BAD + "#", "Elixir config/runtime.exs of the seller-records service")
def _k15(r, typ, v):
    return (f"import Config\n\nif config_env() == :prod do\n  config :seller_records, SellerRecords.Repo,\n"
            f"    hostname: \"{W.host10(r)}\"\n\n  config :seller_records, :devices,\n"
            f"    {K(typ, 'snake')}: System.get_env(\"{K(typ, 'upper')}\", \"{v}\")\nend\n")


@kind("parts_sync_wrangler_toml", "upper", "toml", JSON_BAD, "wrangler.toml [vars] of the Cloudflare Worker that syncs parts")
def _k16(r, typ, v):
    return (f"name = \"parts-sync\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-0{r.randrange(1, 9)}-0{r.randrange(1, 9)}\"\n\n"
            f"[vars]\nSHOP_HOST = \"parts.cinderford-autos.example\"\n{K(typ, 'upper')} = \"{v}\"\n")


@kind("kiosk_flutter_dart_defines_json", "upper", "json", JSON_BAD, "JSON file for flutter --dart-define-from-file of the kiosk app")
def _k17(r, typ, v):
    d = {"API_BASE": "https://kiosk.harrowby-metals.example", "KIOSK_ID": f"K{r.randrange(1, 4)}", K(typ, "upper"): v,
         "RECEIPT_PRINTER": W.host192(r)}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@kind("tickets_aspnet_appsettings_json", "pascal", "json", JSON_BAD, "ASP.NET Core appsettings.Production.json of the tickets API")
def _k18(r, typ, v):
    d = {"Logging": {"LogLevel": {"Default": "Warning"}}, "Tickets": {"Site": "Kettering", K(typ, "pascal"): v},
         "AllowedHosts": "*"}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@kind("invoices_odoo_server_conf", "snake", "ini", ';#%\n', "odoo.conf of the invoicing system ([options])")
def _k19(r, typ, v):
    return (f"[options]\naddons_path = /opt/odoo/addons,/opt/harrowby\ndb_host = {W.host10(r)}\nworkers = {r.randrange(2, 8)}\n"
            f"{K(typ, 'snake')} = {v}\nlogfile = /var/log/odoo/odoo.log\n")


@kind("seller_php_fpm_pool_conf", "upper", "none", SHELL_BAD + ";", "php-fpm pool file of the seller-records app (env[] lines)")
def _k20(r, typ, v):
    return (f"[sellers]\nuser = www-data\nlisten = /run/php/sellers.sock\npm = ondemand\n"
            f"env[APP_HOST] = anpr.harrowby-metals.example\nenv[{K(typ, 'upper')}] = {v}\n")


@kind("auction_gunicorn_conf_py", "upper", "none", JSON_BAD, "gunicorn.conf.py of the auction site with raw_env")
def _k21(r, typ, v):
    return (f"bind = \"0.0.0.0:{r.randrange(8000, 8100)}\"\nworkers = {r.randrange(2, 9)}\n"
            f"raw_env = [\n    \"DJANGO_SETTINGS_MODULE=auction.settings\",\n    \"{K(typ, 'upper')}={v}\",\n]\n")


@kind("ops_nomad_job_hcl", "upper", "none", JSON_BAD + "$%", "Nomad job file with an env block")
def _k22(r, typ, v):
    return (f"job \"tickets\" {{\n  datacenters = [\"stroud\"]\n  group \"web\" {{\n    task \"api\" {{\n      driver = \"docker\"\n"
            f"      env {{\n        SITE = \"kettering\"\n        {K(typ, 'upper')} = \"{v}\"\n      }}\n    }}\n  }}\n}}\n")


@kind("ops_ansible_vault_view_capture", "snake", "yaml", YAML_Q, "terminal capture of ansible-vault view on the yard vars")
def _k23(r, typ, v):
    return (f"$ ansible-vault view group_vars/yard/vault.yml\nVault password: \n---\nyard_site: cinderford\n"
            f"yard_{K(typ, 'snake')}: '{v}'\nyard_ntp: {W.host10(r)}\n")


@kind("ops_pulumi_stack_config_yaml", "camel", "yaml", YAML_Q, "Pulumi.prod.yaml with a plain (not secure) config value")
def _k24(r, typ, v):
    return (f"config:\n  aws:region: eu-west-2\n  ferrule:site: tarbrook\n  ferrule:{K(typ, 'camel')}: '{v}'\n"
            f"  ferrule:instanceCount: \"{r.randrange(1, 4)}\"\n")


@kind("ops_k8s_configmap_yaml", "upper", "yaml", YAML_Q, "Kubernetes ConfigMap with the value in data")
def _k25(r, typ, v):
    return (f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: parts-sync-env\n  namespace: parts\ndata:\n"
            f"  SHOP_HOST: parts.cinderford-autos.example\n  {K(typ, 'upper')}: '{v}'\n")


@kind("ops_drone_pipeline_yml", "upper", "yaml", YAML_Q, "Drone CI .drone.yml step environment")
def _k26(r, typ, v):
    return (f"kind: pipeline\ntype: docker\nname: deploy\nsteps:\n  - name: push-tickets\n    image: alpine:3.20\n"
            f"    environment:\n      TARGET: weighbridge.harrowby-metals.example\n      {K(typ, 'upper')}: '{v}'\n"
            f"    commands:\n      - ./deploy.sh\n")


@kind("ops_openrc_conf_d_file", "upper", "none", JSON_BAD + "$`\\", "OpenRC /etc/conf.d file of the gate daemon")
def _k27(r, typ, v):
    return (f"# /etc/conf.d/gated\ncommand_user=\"gate:gate\"\nGATE_SERIAL=\"/dev/ttyS{r.randrange(0, 3)}\"\n"
            f"export {K(typ, 'upper')}=\"{v}\"\n")


@kind("ops_crontab_env_line", "upper", "none", WS + "%#", "crontab with an environment line before the jobs")
def _k28(r, typ, v):
    return (f"MAILTO=ops@ferrule.example\n{K(typ, 'upper')}={v}\n"
            f"{r.randrange(0, 59)} {r.randrange(1, 5)} * * * /opt/yard/bin/nightly-sync >> /var/log/yard-sync.log 2>&1\n")


@kind("ops_vector_sink_toml", "snake", "toml", JSON_BAD, "vector.toml HTTP sink of the yard log shipper")
def _k29(r, typ, v):
    return (f"[sources.yard]\ntype = \"journald\"\n\n[sinks.ferrule]\ntype = \"http\"\ninputs = [\"yard\"]\n"
            f"uri = \"https://api.ferrule.example/logs\"\nencoding.codec = \"json\"\n\n[sinks.ferrule.request.headers]\n"
            f"{K(typ, 'snake')} = \"{v}\"\n")


@kind("ops_kubectl_describe_pod_capture", "upper", "none", WS, "terminal capture of kubectl describe pod (Environment section)")
def _k30(r, typ, v):
    return (f"$ kubectl -n auction describe pod auction-web-{C.rand_str(r, 'bcdfghjklmnqrstvxz2456789', 5)}\n"
            f"Name:         auction-web\nNamespace:    auction\nNode:         nuc-{r.randrange(1, 4)}/{W.host10(r)}\n"
            f"Containers:\n  web:\n    Image:      registry.ferrule.example/auction:1.{r.randrange(0, 30)}\n"
            f"    Environment:\n      AUCTION_HOST:   auction.tarbrook-salvage.example\n      {K(typ, 'upper')}:  {v}\n")


@kind("ops_consul_kv_get_capture", "snake", "none", WS, "terminal capture of consul kv get -recurse")
def _k31(r, typ, v):
    return (f"$ consul kv get -recurse yard/\nyard/harrowby/site:kettering\nyard/harrowby/{K(typ, 'snake')}:{v}\n"
            f"yard/harrowby/ticket_prefix:HRB{r.randrange(1, 9)}\n")


@kind("ops_powershell_dsc_psd1", "pascal", "none", "'\n", "PowerShell DSC configuration data (.psd1) of the kiosk PCs")
def _k32(r, typ, v):
    return (f"@{{\n    AllNodes = @(\n        @{{\n            NodeName = 'KIOSK{r.randrange(1, 4)}'\n"
            f"            {K(typ, 'pascal')} = '{v}'\n            Site = 'Kettering'\n        }}\n    )\n}}\n")


@kind("dev_bruno_environment_bru", "camel", "none", WS + "}", "Bruno API client environment file (.bru)")
def _k33(r, typ, v):
    return f"vars {{\n  baseUrl: https://api.ferrule.example\n  site: harrowby\n  {K(typ, 'camel')}: {v}\n}}\n"


@kind("dev_insomnia_export_json", "snake", "json", JSON_BAD, "Insomnia export with an environment")
def _k34(r, typ, v):
    d = {"_type": "export", "__export_format": 4, "resources": [
        {"_id": f"env_{C.rand_str(r, C.LOWER_HEX, 12)}", "_type": "environment", "name": "yard prod",
         "data": {"base_url": "https://api.ferrule.example", K(typ, "snake"): v}}]}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@kind("dev_jetbrains_http_client_env_json", "camel", "json", JSON_BAD, "JetBrains http-client.private.env.json")
def _k35(r, typ, v):
    d = {"prod": {"host": "https://weighbridge.harrowby-metals.example", K(typ, "camel"): v}, "dev": {"host": "http://localhost:8080"}}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@kind("dev_pytest_conftest_py", "upper", "none", JSON_BAD, "pytest conftest.py with a constant left in")
def _k36(r, typ, v):
    return (f"import pytest\n\n{K(typ, 'upper')} = \"{v}\"\n\n\n@pytest.fixture\ndef client():\n"
            f"    from tickets.app import make_app\n    return make_app(testing=True).test_client()\n")


@kind("dev_zsh_extended_history", "upper", "none", "'\n", "zsh extended history of a developer")
def _k37(r, typ, v):
    t = 1735700000 + r.randrange(0, 20000000)
    return (f": {t}:0;cd ~/src/yard-tickets\n: {t + 31}:0;export {K(typ, 'upper')}='{v}'\n"
            f": {t + 40}:2;make run-local\n: {t + 300}:0;git status\n")


@kind("dev_nix_shell_hook", "upper", "none", JSON_BAD + "$'`", "shell.nix with a shellHook export")
def _k38(r, typ, v):
    return (f"{{ pkgs ? import <nixpkgs> {{}} }}:\npkgs.mkShell {{\n  packages = [ pkgs.python312 pkgs.sqlite ];\n"
            f"  shellHook = ''\n    export YARD_SITE=\"tarbrook\"\n    export {K(typ, 'upper')}=\"{v}\"\n  '';\n}}\n")


@kind("dev_gradle_user_properties", "camel", "none", "\\\n ", "~/.gradle/gradle.properties of a developer")
def _k39(r, typ, v):
    return (f"org.gradle.jvmargs=-Xmx2g\nyardRegistryUrl=https://git.ferrule.example/api/packages/maven\n"
            f"{K(typ, 'camel')}={v}\n")


@kind("office_slack_export_json", "spaced", "json", JSON_BAD, "Slack workspace export (channel day file)")
def _k40(r, typ, v):
    a, b = r.sample(W.PEOPLE, 2)
    msgs = [{"type": "message", "user": "U0" + C.rand_str(r, C.UPPER_ALNUM, 9), "user_name": a,
             "text": "who has the login for the yard box? need it before the lorry comes", "ts": f"{1735700000 + r.randrange(10 ** 6)}.000200"},
            {"type": "message", "user": "U0" + C.rand_str(r, C.UPPER_ALNUM, 9), "user_name": b,
             "text": f"{K(typ, 'spaced')} is {v} - delete this after", "ts": f"{1736700000 + r.randrange(10 ** 6)}.000300"}]
    return json.dumps(msgs, indent=2, ensure_ascii=False) + "\n"


@kind("office_whatsapp_chat_txt", "spaced", "none", WS, "WhatsApp chat export (.txt) of the yard group")
def _k41(r, typ, v):
    a, b = r.sample(W.PEOPLE, 2)
    d = f"{r.randrange(1, 28):02d}/{r.randrange(1, 12):02d}/2025"
    return (f"{d}, 07:4{r.randrange(0, 9)} - {a}: morning, crusher is down again\n"
            f"{d}, 07:5{r.randrange(0, 9)} - {b}: {K(typ, 'spaced')} {v}\n{d}, 07:52 - {b}: dont forward that\n"
            f"{d}, 08:01 - {a}: 👍\n")


@kind("office_xlsx_shared_strings_xml", "spaced", "xml", XML_BAD, "xl/sharedStrings.xml of the yard handover workbook")
def _k42(r, typ, v):
    items = ["Site", "Kettering", "Weighbridge", f"Calibrated {r.randrange(1, 28)}/0{r.randrange(1, 9)}", K(typ, "title"), v, "Owner", _p(r)]
    si = "".join(f"<si><t>{x}</t></si>" for x in items)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{len(items)}" uniqueCount="{len(items)}">{si}</sst>\n')


@kind("office_tesseract_sticker_tsv", "spaced", "tsv", WS, "tesseract TSV output of a photographed sticker on the equipment")
def _k43(r, typ, v):
    words = _kw(typ) + [v]
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    lines = [head, "1\t1\t0\t0\t0\t0\t0\t0\t1280\t960\t-1\t"]
    x = 80
    for i, w in enumerate(words, 1):
        wd = 14 * len(w)
        lines.append(f"5\t1\t1\t1\t1\t{i}\t{x}\t{r.randrange(300, 340)}\t{wd}\t38\t{r.randrange(71, 96)}.{r.randrange(0, 99):02d}\t{w}")
        x += wd + 18
    return "\n".join(lines) + "\n"


@kind("office_keepass_xml_export", "native", "xml", XML_BAD, "KeePass 2 XML export (one entry)")
def _k44(r, typ, v):
    return (f'<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<KeePassFile>\n <Root>\n  <Group>\n   <Name>Yard</Name>\n   <Entry>\n'
            f'    <String><Key>Title</Key><Value>{K(typ, "title")}</Value></String>\n'
            f'    <String><Key>UserName</Key><Value>{W.login_of(_p(r))}</Value></String>\n'
            f'    <String><Key>Password</Key><Value>{v}</Value></String>\n'
            f'    <String><Key>URL</Key><Value>https://{r.choice(W.INTERNAL_HOSTS)}/</Value></String>\n'
            f'   </Entry>\n  </Group>\n </Root>\n</KeePassFile>\n')


@kind("office_lastpass_csv_export", "native", "csv", CSV_BAD, "LastPass CSV export")
def _k45(r, typ, v):
    return ("url,username,password,totp,extra,name,grouping,fav\n"
            f"https://{r.choice(W.INTERNAL_HOSTS)}/,{W.login_of(_p(r))},{v},,,{K(typ, 'title')},Yard,0\n"
            f"https://www.ebay.co.uk/,cinderford-parts,,,,eBay shop (see Morwenna),Shop,0\n")


@kind("office_voicemail_transcript_txt", "spaced", "none", WS, "voicemail transcription e-mailed by the phone system")
def _k46(r, typ, v):
    a = _p(r)
    return (f"Voicemail from {a} (+44 7700 9{r.randrange(10000, 99999)}), {r.randrange(10, 59)} seconds\nTranscription:\n"
            f"hi it's {a.split()[0]} calling from the yard, the {K(typ, 'spaced')} is {v} ... that's what the engineer set, "
            f"can you put it in the system, cheers\n")


@kind("office_dokuwiki_page_txt", "spaced", "none", "'\n", "DokuWiki page of the yard runbook")
def _k47(r, typ, v):
    return (f"====== Weekend cover ======\n  * gate opens at 07:00, lock the cat cage\n  * ring {_p(r)} if the baler faults\n"
            f"  * {K(typ, 'spaced')}: ''{v}''\n  * see [[yard:weighbridge|weighbridge page]]\n")


@kind("office_mail_reply_eml", "spaced", "none", WS, "reply e-mail saved as .eml")
def _k48(r, typ, v):
    a, b = r.sample(W.PEOPLE, 2)
    return (f"From: {a} <{W.email_of(a, 'ferrule')}>\nTo: {b} <{W.email_of(b, 'cinderford')}>\nSubject: Re: yard box\n"
            f"Date: Tue, {r.randrange(1, 28)} May 2025 09:{r.randrange(10, 59)}:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n"
            f"Hi {b.split()[0]},\n\n{K(typ, 'spaced')}: {v}\n\nChange it once the engineer has been.\n\n> Can you send me the login again?\n")


@kind("office_sms_backup_xml", "spaced", "xml", XML_BAD, "SMS Backup & Restore XML from a yard phone")
def _k49(r, typ, v):
    return (f"<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"2\">\n"
            f"  <sms protocol=\"0\" address=\"+447700900{r.randrange(100, 999)}\" date=\"{1735700000000 + r.randrange(10 ** 9)}\" type=\"1\" "
            f"body=\"{K(typ, 'spaced')} {v}\" read=\"1\" contact_name=\"{_p(r)}\" />\n"
            f"  <sms protocol=\"0\" address=\"+447700900{r.randrange(100, 999)}\" date=\"{1735800000000 + r.randrange(10 ** 9)}\" type=\"2\" "
            f"body=\"ta, got it\" read=\"1\" contact_name=\"(Unknown)\" />\n</smses>\n")


@kind("office_markdown_handover_md", "spaced", "none", "`\n", "Markdown handover note in the studio repository")
def _k50(r, typ, v):
    return (f"# Handover – {r.choice(['Harrowby', 'Cinderford', 'Tarbrook'])}\n\n- crusher service due {r.randrange(1, 28)}/0{r.randrange(1, 9)}\n"
            f"- {K(typ, 'spaced')}: `{v}`\n- ask {_p(r)} about the eBay returns\n")


# 45 of them (the list above holds 50; five are set aside below)
SET_ASIDE = ["auction_gunicorn_conf_py", "ops_powershell_dsc_psd1", "dev_gradle_user_properties",
             "office_markdown_handover_md", "ops_drone_pipeline_yml"]
KIND_NAMES = [k for k in KINDS if k not in SET_ASIDE]
assert len(KIND_NAMES) == 45, len(KIND_NAMES)


def pairing():
    rng = random.Random(SEED_PAIRING)
    kinds = list(KIND_NAMES)
    rng.shuffle(kinds)
    out = []
    for b in range(15):
        block = kinds[3 * b:3 * b + 3]
        ts = list(TYPE_NAMES)
        rng.shuffle(ts)
        for i, k in enumerate(block):
            for t in ts[4 * i:4 * i + 4]:
                out.append((k, t))
    return out


def generate(reg):
    vr = random.Random(SEED_VALUES)
    sr = random.Random(SEED_SURROUND)
    recs = []
    for k, t in pairing():
        spec = KINDS[k]
        v = reg.draw(lambda: gen_value(t, vr, spec["forbid"]))
        assert not any(ch in spec["forbid"] for ch in v), (k, t, v)
        for _ in range(50):
            text = spec["fn"](sr, t, v)
            if text.count(v) == 1 and not [f for f in W.forms_in(text) if f != v]:
                break
        else:
            raise RuntimeError(f"everyday text {k} {t}")
        s = text.index(v)
        recs.append({"type": t, "container": k, "text": text,
                     "secrets": [{"value": v, "start": s, "end": s + len(v), "type": t}], "source": "everyday"})
    return recs
