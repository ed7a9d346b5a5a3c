"""Hard negatives from the ice-cream world: no secret, but secret-looking."""
import base64
import hashlib
import json
import random

from common242 import (ALNUM, B64URL, DIGITS, HEXL, LOWER_ALNUM, UPPER_ALNUM, gs1_check, luhn_digit,
                       make_jwt, rbytes, rs, uuid4, vin_check, VIN_MAP)

SEED = 24206

FLAVS = ["Pistachio di Bronte", "Fior di latte", "Stracciatella", "Nocciola Piemonte", "Amarena", "Mango sorbet",
         "Lemon sorbet", "Salted caramel", "Dark chocolate", "Vanilla bean", "Strawberry", "Coffee"]


def _ts(rng):
    return "2024-%02d-%02d %02d:%02d" % (rng.randint(5, 9), rng.randint(1, 28), rng.randint(6, 22), rng.randint(0, 59))


def _date(rng):
    return "2024-%02d-%02d" % (rng.randint(5, 9), rng.randint(1, 28))


# 1 --------------------------------------------------------------------------
def batch_freezer_production_log_csv(rng):
    rows = ["batch_no,flavour,base_lot,freezer,program,kg,started"]
    for _ in range(4):
        rows.append("GB-%s-%04d,%s,BL%06d,BF-%d,P%02d,%.1f,%s" % (
            rng.choice(["24A", "24B", "24C"]), rng.randint(1, 9999), rng.choice(FLAVS), rng.randint(1, 999999),
            rng.randint(1, 3), rng.randint(1, 24), rng.randint(40, 120) / 10, _ts(rng)))
    return "\n".join(rows) + "\n"


def recipe_card_header(rng):
    return ("RECIPE CARD  %s\nRecipe ID: RC-%05d  rev %d\nBase: %s (lot BL%06d)\nPAC %d  POD %d  solids %.1f%%\nBalancer run id: %s\n" % (
        rng.choice(FLAVS), rng.randint(1, 99999), rng.randint(1, 9), rng.choice(["white base", "yolk base", "sorbet base"]),
        rng.randint(1, 999999), rng.randint(240, 300), rng.randint(150, 200), rng.randint(340, 400) / 10,
        rs(rng, HEXL, 12)))


# 2 --------------------------------------------------------------------------
def _gtin13(rng):
    body = "80" + rs(rng, DIGITS, 10)
    return body + gs1_check(body)


def _sscc(rng):
    body = str(rng.randint(0, 9)) + "8012345" + rs(rng, DIGITS, 9)
    return body + gs1_check(body)


def pint_label_print_log(rng):
    out = ["Label printer LP-2  job log"]
    for _ in range(4):
        out.append("%s  %s 500 ml  GTIN %s  best before %s  qty %d" % (
            _ts(rng), rng.choice(FLAVS), _gtin13(rng), _date(rng), rng.randint(12, 240)))
    return "\n".join(out) + "\n"


def pallet_sscc_dispatch_note(rng):
    return ("DISPATCH NOTE  DN-%06d\nShip to: PintPost cold hub %d\n(00) %s\n(02) %s (37) %d\n(10) GB-24B-%04d\nTemperature on loading: -%d °C\n" % (
        rng.randint(1, 999999), rng.randint(1, 9), _sscc(rng), "0" + _gtin13(rng), rng.randint(20, 96),
        rng.randint(1, 9999), rng.randint(20, 25)))


# 3 --------------------------------------------------------------------------
def machine_service_report(rng):
    return ("SERVICE REPORT %s\nMachine: batch freezer, serial BF%s-%s\nFirmware: %d.%d.%d (build %s)\nHMI board rev %s, inverter s/n %s\nWork done: beater blades replaced, gasket kit %s\n" % (
        _date(rng), rs(rng, DIGITS, 2), rs(rng, UPPER_ALNUM, 8), rng.randint(1, 5), rng.randint(0, 20),
        rng.randint(0, 99), rs(rng, HEXL, 7), rng.choice("ABCDE"), rs(rng, UPPER_ALNUM, 10), rs(rng, DIGITS, 6)))


def cabinet_asset_register_csv(rng):
    rows = ["asset_tag,model,serial,refrigerant,installed"]
    for _ in range(4):
        rows.append("AUR-%04d,%s,%s%s,%s,%s" % (rng.randint(1, 9999), rng.choice(["Vetrina 12", "Pozzetto 6", "Display 18"]),
                    rng.choice(["IS", "IF", "OR"]), rs(rng, DIGITS, 10), rng.choice(["R290", "R452A"]), _date(rng)))
    return "\n".join(rows) + "\n"


# 4 --------------------------------------------------------------------------
def haccp_daily_sheet(rng):
    out = ["HACCP daily temperature sheet  %s" % _date(rng)]
    for unit in ["Cabinet 1", "Cabinet 2", "Blast freezer", "Cold room"]:
        out.append("%s  probe P-%s  08:00 %.1f  14:00 %.1f  20:00 %.1f  initials %s" % (
            unit, rs(rng, UPPER_ALNUM, 4), -rng.randint(120, 250) / 10, -rng.randint(120, 250) / 10,
            -rng.randint(120, 250) / 10, rng.choice(["GC", "MF", "SC", "LF"])))
    return "\n".join(out) + "\n"


def probe_calibration_record(rng):
    return ("Probe calibration\nProbe: TP-%s  certificate CAL-%s-%05d\nIce-point check: %.1f °C  boiling check: %.1f °C\nNext due: %s\n" % (
        rs(rng, UPPER_ALNUM, 6), rs(rng, "ABCDEFGH", 2), rng.randint(1, 99999), rng.randint(-3, 3) / 10,
        100 + rng.randint(-4, 4) / 10, _date(rng)))


# 5 --------------------------------------------------------------------------
def allergen_matrix_csv(rng):
    rows = ["flavour,milk,egg,nuts,soy,gluten,additives"]
    for _ in range(4):
        rows.append("%s,%s,%s,%s,%s,%s,%s" % (rng.choice(FLAVS), *[rng.choice("YN") for _ in range(5)],
                    " ".join(rng.sample(["E407", "E410", "E412", "E471", "E322", "E330", "E440"], 3))))
    return "\n".join(rows) + "\n"


def ingredient_declaration_label(rng):
    return ("%s gelato. Ingredients: whole milk, sugar, cream (%d%%), skimmed milk powder, dextrose, stabilisers (%s), emulsifier (%s). Lot BL%06d. Produced in a site that handles nuts.\n" % (
        rng.choice(FLAVS), rng.randint(8, 20), rng.choice(["E410, E412", "E407", "E412"]), rng.choice(["E471", "E322"]),
        rng.randint(1, 999999)))


# 6 --------------------------------------------------------------------------
def health_mark_label_text(rng):
    return ("Identification mark on the pint lid:\n   IT %s%s CE\nPlant approval no. %s, dairy processing category %s\n" % (
        rs(rng, DIGITS, 3), rng.choice(["L", "M", "S"]), rs(rng, DIGITS, 5), rng.choice(["III", "IV"])))


def supplier_approval_register(rng):
    rows = ["supplier,approval_no,scheme,cert_no,expires"]
    for _ in range(3):
        rows.append("%s,UK %s %s EC,BRCGS,CB-%s-%d,%s" % (rng.choice(["Dairy Co-op North", "Valley Creamery", "Alpine Milk"]),
                    rs(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 2), rs(rng, DIGITS, 3), rs(rng, UPPER_ALNUM, 5), rng.randint(1000, 9999), _date(rng)))
    return "\n".join(rows) + "\n"


# 7 --------------------------------------------------------------------------
VIN_CH = [c for c in VIN_MAP if c not in "IOQ"]


def _vin(rng):
    v = "1" + rng.choice("FGHN") + rs(rng, "".join(VIN_CH), 6) + "0" + rs(rng, "ABCDEFGHJKLMNPRSTVWXY123456789", 1) + rs(rng, "".join(VIN_CH), 1) + rs(rng, DIGITS, 6)
    return v[:8] + vin_check(v) + v[9:]


def fleet_register_csv(rng):
    rows = ["van,plate,vin,chassis,next_mot"]
    for i in range(4):
        rows.append("VAN%02d,%s%02d %s,%s,%s,%s" % (rng.randint(1, 20), rs(rng, "ABCDEFGHJKLMNOPRSTUVWXY", 2), rng.randint(10, 74),
                    rs(rng, "ABCDEFGHJKLMNOPRSTUVWXYZ", 3), _vin(rng), rng.choice(["Transit 350", "Sprinter 314", "Ducato 35"]), _date(rng)))
    return "\n".join(rows) + "\n"


def mot_reminder_email(rng):
    return ("Subject: MOT due for %s%02d %s\nVehicle identification number %s, tachograph unit s/n %s. Please book the van in before %s.\n" % (
        rs(rng, "ABCDEFGHJKLMNOPRSTUVWXY", 2), rng.randint(10, 74), rs(rng, "ABCDEFGHJKLMNOPRSTUVWXYZ", 3), _vin(rng),
        rs(rng, DIGITS, 10), _date(rng)))


# 8 --------------------------------------------------------------------------
def _pan_masked(rng):
    return "**** **** **** " + rs(rng, DIGITS, 4)


def card_receipt_copy(rng):
    return ("GELATERIA AURORA\nTERMINAL %s  MERCHANT %s\n%s\nCONTACTLESS  %s\nAID A0000000041010\nAUTH CODE %s  RRN %s\nTOTAL EUR %d.%02d\nCUSTOMER COPY\n" % (
        rs(rng, DIGITS, 8), rs(rng, DIGITS, 15), _ts(rng), _pan_masked(rng), rs(rng, UPPER_ALNUM, 6), rs(rng, DIGITS, 12),
        rng.randint(3, 40), rng.randint(0, 99)))


def z_report_summary(rng):
    return ("Z REPORT #%04d  till T%d  %s\ncones %d  cups %d  pints %d\ncard EUR %d.%02d  cash EUR %d.%02d\nshift key id %s\n" % (
        rng.randint(1, 9999), rng.randint(1, 3), _date(rng), rng.randint(50, 400), rng.randint(50, 400), rng.randint(5, 60),
        rng.randint(200, 3000), rng.randint(0, 99), rng.randint(50, 900), rng.randint(0, 99), rs(rng, DIGITS, 6)))


# 9 --------------------------------------------------------------------------
def pint_shop_checkout_html_head(rng):
    clerk = "pk_live_" + base64.b64encode(b"clerk.scoopandchurn.example$").decode().rstrip("=")
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51%s');\n"
            "  window.CLERK_PUBLISHABLE_KEY = '%s';\n  window.SENTRY_DSN = 'https://%s@o%d.ingest.sentry.io/%d';\n</script>\n" % (
                rs(rng, ALNUM, 97), clerk, rs(rng, HEXL, 32), rng.randint(100000, 999999), rng.randint(1000000, 9999999)))


def loyalty_app_public_config_json(rng):
    anon = make_jwt(rng, {"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": rs(rng, "abcdefghijklmnopqrstuvwxyz", 20),
                                                          "role": "anon", "iat": 1717000000 + rng.randint(0, 999999), "exp": 2032000000})
    mapbox = "pk." + base64.b64encode(json.dumps({"u": "scoopandchurn", "a": rs(rng, LOWER_ALNUM, 25)}, separators=(",", ":")).encode()).decode().rstrip("=") + "." + rs(rng, B64URL, 22)
    cfg = {"firebase": {"apiKey": "AIza" + rs(rng, B64URL, 35), "projectId": "aurora-loyalty", "appId": "1:%s:web:%s" % (rs(rng, DIGITS, 12), rs(rng, HEXL, 22))},
           "supabaseAnonKey": anon, "mapboxPublicToken": mapbox, "posthogKey": "phc_" + rs(rng, ALNUM, 43)}
    return json.dumps(cfg, indent=2) + "\n"


# 10 -------------------------------------------------------------------------
def vendor_quickstart_readme(rng):
    return rng.choice([
        "## Quickstart\nexport SHIPPO_API_TOKEN=<your-shippo-live-token>\nexport STRIPE_API_KEY=rk_live_XXXXXXXXXXXXXXXXXXXXXXXX\ncurl -H \"Authorization: ShippoToken $SHIPPO_API_TOKEN\" https://api.goshippo.com/addresses/\n",
        "## Configure AWS SES\naws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE\naws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n(These are the documentation example values; use your own.)\n",
        "## Webhooks\nSet LOYALTY_WEBHOOK_SECRET to the whsec_... value shown in the dashboard (looks like whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx).\n",
        "## Sentry\nSENTRY_AUTH_TOKEN=sntryu_<paste-token-here>\nSENTRY_ORG=scoopandchurn\n",
        "## Django\nSECRET_KEY=django-insecure-change-me\nDEBUG=True  # never in production\n",
    ]) + "<!-- doc rev %d -->\n" % rng.randint(1, 999)


def dotenv_sample_file(rng):
    keys = rng.sample(["FREEZER_HMI_PASSWORD", "POS_MANAGER_PASSWORD", "RECIPE_DB_PASSWORD", "VAN_TRACKER_TOKEN",
                       "PASTEURISER_LOG_KEY", "KIOSK_ORDER_JWT", "LOYALTY_WEBHOOK_SECRET", "DJANGO_SECRET_KEY"], 4)
    vals = ["", "changeme", "<set-in-vault>", "${%s:?missing}" % keys[3]]
    return "# .env.example (sample %d)\n" % rng.randint(1, 999) + "".join("%s=%s\n" % (k, v) for k, v in zip(keys, vals))


# 11 -------------------------------------------------------------------------
def vendor_dashboard_screenshot_ocr(rng):
    return ("API keys\nName            Key                      Created\nPint shop       rk_live_\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022%s   %s\nLoyalty hook    whsec_\u2022\u2022\u2022\u2022\u2022\u2022%s    %s\n[Reveal] requires 2FA\n" % (
        rs(rng, ALNUM, 4), _date(rng), rs(rng, ALNUM, 3), _date(rng)))


def ci_job_log_masked(rng):
    return ("$ ./deploy.sh --env production\nUsing VAN_TRACKER_TOKEN=***\nUsing SHIPPO_API_TOKEN=shippo_live_****************************************\nPushed image sha256:%s\nJob %d succeeded\n" % (
        hashlib.sha256(rbytes(rng, 32)).hexdigest(), rng.randint(10000, 99999)))


# 12 -------------------------------------------------------------------------
def helm_values_with_secret_refs(rng):
    return ("env:\n  - name: RECIPE_DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: recipe-db\n        key: password\n"
            "  - name: SHIPPO_API_TOKEN\n    value: \"{{ .Values.shippoToken | required \\\"set in vault\\\" }}\"\n# values ref %d\n" % rng.randint(1, 9999))


def app_config_with_vault_paths(rng):
    return ("pasteuriser_log_key: vault:secret/data/lab/pasteuriser#key\nloyalty_webhook_secret: op://Lab/loyalty-webhook/credential\n"
            "pos_manager_password: ${{ secrets.POS_MANAGER_PASSWORD }}\nses_smtp: arn:aws:secretsmanager:eu-south-1:%s:secret:ses-smtp-%s\n" % (
                rs(rng, DIGITS, 12), rs(rng, ALNUM, 6)))


# 13 -------------------------------------------------------------------------
def _b64n(b):
    return base64.b64encode(b).decode().rstrip("=")


def django_auth_user_dump(rng):
    rows = ["id | username | password | last_login"]
    for i in range(3):
        rows.append("%d | %s | pbkdf2_sha256$870000$%s$%s | %s" % (rng.randint(1, 99), rng.choice(["giulia", "marco", "sara", "luca", "admin"]),
                    rs(rng, ALNUM, 22), base64.b64encode(rbytes(rng, 32)).decode(), _ts(rng)))
    return "\n".join(rows) + "\n"


def argon2_staff_table_export(rng):
    rows = ["staff_id,login,password_hash"]
    for _ in range(3):
        rows.append("%d,%s,$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (rng.randint(100, 999), rng.choice(["till1", "till2", "lab", "vanops"]),
                    _b64n(rbytes(rng, 16)), _b64n(rbytes(rng, 32))))
    rows.append("# sha256crypt legacy: $5$rounds=535000$%s$%s" % (rs(rng, ALNUM, 16), rs(rng, ALNUM + "./", 43)))
    return "\n".join(rows) + "\n"


# 14 -------------------------------------------------------------------------
def sealed_secret_manifest(rng):
    return ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: pint-shop-env\nspec:\n  encryptedData:\n    SHIPPO_API_TOKEN: Ag%s\n" % (
        base64.b64encode(rbytes(rng, 300)).decode()))


def sops_encrypted_yaml(rng):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(rng, n)).decode(),
                                                                   base64.b64encode(rbytes(rng, 32)).decode(), base64.b64encode(rbytes(rng, 16)).decode())
    return "recipe_db_password: %s\nvan_tracker_token: %s\nsops:\n    kms:\n        - arn: arn:aws:kms:eu-south-1:%s:key/%s\n    version: 3.8.1\n" % (
        enc(18), enc(38), rs(rng, DIGITS, 12), uuid4(rng))


# 15 -------------------------------------------------------------------------
def _ssh_ed25519(rng):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(rng, 32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


def authorized_keys_with_comments(rng):
    return "# van tablets\n%s van%02d-tablet\n%s lab-builder\n# fingerprint SHA256:%s\n" % (
        _ssh_ed25519(rng), rng.randint(1, 20), _ssh_ed25519(rng), _b64n(hashlib.sha256(rbytes(rng, 32)).digest()))


def wireguard_peer_public_config(rng):
    return ("# peer section shared with the depot router (public keys only)\n[Peer]\nPublicKey = %s\nAllowedIPs = 10.66.%d.0/24\nEndpoint = depot.frostyvans.example:51820\nPersistentKeepalive = 25\n" % (
        base64.b64encode(rbytes(rng, 32)).decode(), rng.randint(1, 254)))


# 16 -------------------------------------------------------------------------
def container_image_digest_list(rng):
    return "".join("registry.scoopandchurn.example/%s@sha256:%s\n" % (n, hashlib.sha256(rbytes(rng, 40)).hexdigest())
                   for n in rng.sample(["pint-shop", "flavour-board", "kiosk-api", "van-sync", "haccp-export"], 3))


def firmware_sha256sums_file(rng):
    v = "%d.%d.%d" % (rng.randint(1, 4), rng.randint(0, 9), rng.randint(0, 30))
    return ("# SHA256SUMS for tracker firmware %s\n%s  tracker-%s.bin\n%s  tracker-%s.sig\ncommit %s\n" % (
        v, hashlib.sha256(rbytes(rng, 64)).hexdigest(), v, hashlib.sha256(rbytes(rng, 64)).hexdigest(), v, hashlib.sha1(rbytes(rng, 20)).hexdigest()))


# 17 -------------------------------------------------------------------------
def staff_handbook_it_section(rng):
    return rng.choice([
        "IT basics for new scoopers: your till login is personal, so never share it and never write it on the freezer door. Passwords are changed every season and live in the password manager, not in the staff chat.\n",
        "If someone asks you for the office PC password by phone or text, do not give it; call the manager on the number in the rota instead.\n",
        "The van tablets lock after five minutes. Drivers get their own PIN from the depot manager in person, never by SMS.\n",
        "We rotated all shop passwords after the summer season. If you cannot log in, open a ticket; do not reuse an old password.\n",
        "Password rules: at least 14 characters, no flavour names, no birthdays, and a different one for every system.\n",
    ]) + "(handbook section %d.%d)\n" % (rng.randint(1, 9), rng.randint(1, 9))


def manager_onboarding_note(rng):
    return rng.choice([
        "Welcome Priya! You will get an invite to the password manager today; the till and freezer passwords are in the 'Parlour' vault.\n",
        "Reminder: the recipe database password was reset this morning. Ask Giulia for vault access rather than asking for the password itself.\n",
        "For the Sunday market the card terminal needs the manager code; Marco will type it in, nobody else needs to know it.\n",
        "The new kiosk uses single sign-on, so there is no separate password to remember.\n",
    ]) + "- sent %s\n" % _date(rng)


# 18 -------------------------------------------------------------------------
def stripe_event_log_excerpt(rng):
    return ("%s  evt_%s  payment_intent.succeeded  pi_3%s  cus_%s  amount=%d\n%s  evt_%s  charge.refunded  ch_3%s  re_3%s\n" % (
        _ts(rng), rs(rng, ALNUM, 24), rs(rng, ALNUM, 23), rs(rng, ALNUM, 14), rng.randint(500, 9000),
        _ts(rng), rs(rng, ALNUM, 24), rs(rng, ALNUM, 23), rs(rng, ALNUM, 23)))


def delivery_platform_order_export(rng):
    rows = ["order_id,platform,platform_ref,items,total"]
    for _ in range(3):
        rows.append("%s,%s,%s,%d,%d.%02d" % (uuid4(rng), rng.choice(["Deliveroo", "Just Eat", "Wolt", "Uber Eats"]),
                    rs(rng, UPPER_ALNUM, 8), rng.randint(1, 6), rng.randint(8, 60), rng.randint(0, 99)))
    return "\n".join(rows) + "\n"


# 19 -------------------------------------------------------------------------
def council_permit_letter(rng):
    return ("Street Trading Consent ST/%d/%05d\nVehicle: ice-cream van, consent zone %s\nValid: 1 April to 30 September\nFood business registration FBR-%s\n" % (
        rng.randint(2023, 2025), rng.randint(1, 99999), rs(rng, UPPER_ALNUM, 3), rs(rng, DIGITS, 7)))


def event_pitch_booking_confirmation(rng):
    return ("Booking confirmed: Summer Fair %d, pitch %s%02d\nBooking ref EVT-%s, gate pass %s, power hook-up socket %s\n" % (
        rng.randint(2024, 2025), rng.choice("ABCDE"), rng.randint(1, 40), rs(rng, UPPER_ALNUM, 6), rs(rng, DIGITS, 9), rs(rng, UPPER_ALNUM, 4)))


# 20 -------------------------------------------------------------------------
def _member(rng):
    body = "29" + rs(rng, DIGITS, 10)
    return body + gs1_check(body)


def loyalty_member_export_csv(rng):
    rows = ["member_no,card_ean,stamps,tier"]
    for _ in range(4):
        rows.append("M%07d,%s,%d,%s" % (rng.randint(1, 9999999), _member(rng), rng.randint(0, 9), rng.choice(["scoop", "double", "sundae"])))
    return "\n".join(rows) + "\n"


def voucher_campaign_summary(rng):
    code = rng.choice(["SUMMER", "GELATO", "PINTS", "SCOOP"]) + str(rng.randint(10, 99))
    n = rs(rng, DIGITS, 15)
    return ("Campaign %s: flyer promo code %s (printed on 5,000 flyers, public by design)\nRedemptions so far: %d\nGift card batch %s%s, PINs issued separately by the card provider\n" % (
        rs(rng, UPPER_ALNUM, 5), code, rng.randint(10, 900), n, luhn_digit(n)))


CLASSES = [
    ("gelato_batch_and_recipe_codes", [batch_freezer_production_log_csv, recipe_card_header], "batch numbers, base lots, freezer programs, recipe ids, balancer run ids"),
    ("pint_gtin_and_sscc_codes", [pint_label_print_log, pallet_sscc_dispatch_note], "GTIN-13 and SSCC-18 codes with real GS1 check digits"),
    ("freezer_and_cabinet_serials", [machine_service_report, cabinet_asset_register_csv], "machine and cabinet serials, firmware builds, asset tags"),
    ("haccp_probe_log_entries", [haccp_daily_sheet, probe_calibration_record], "HACCP temperature sheets, probe ids, calibration certificates"),
    ("allergen_and_additive_codes", [allergen_matrix_csv, ingredient_declaration_label], "allergen matrices and E-numbers"),
    ("dairy_approval_and_health_marks", [health_mark_label_text, supplier_approval_register], "oval health marks, plant approvals, certification numbers"),
    ("van_vin_and_plate_numbers", [fleet_register_csv, mot_reminder_email], "number plates and VINs with real check digits, tachograph serials"),
    ("parlour_till_receipt_lines", [card_receipt_copy, z_report_summary], "masked PANs, AIDs, auth codes, RRNs, terminal and merchant ids"),
    ("publishable_client_keys", [pint_shop_checkout_html_head, loyalty_app_public_config_json], "public-by-design keys: Stripe pk_live_51, Clerk pk_live_ (Base64 of the frontend host), Sentry DSN, Firebase web apiKey (AIza), Supabase anon JWT, Mapbox pk., PostHog phc_"),
    ("docs_placeholder_credentials", [vendor_quickstart_readme, dotenv_sample_file], "placeholders, AWS documentation example pair, .env.example with this corpus's key names and empty / changeme / vault / ${VAR:?} values"),
    ("redacted_credential_echoes", [vendor_dashboard_screenshot_ocr, ci_job_log_masked], "bullet-masked dashboard keys, *** CI masking, image digests"),
    ("secret_manager_lookups", [helm_values_with_secret_refs, app_config_with_vault_paths], "secretKeyRef, vault:, op://, ${{ secrets.X }}, Secrets Manager ARNs"),
    ("one_way_password_hashes", [django_auth_user_dump, argon2_staff_table_export], "Django pbkdf2_sha256, argon2id and sha256crypt hashes in password columns"),
    ("sealed_and_encrypted_payloads", [sealed_secret_manifest, sops_encrypted_yaml], "SealedSecret ciphertext and SOPS ENC[AES256_GCM,…] values"),
    ("public_key_and_certificate_fingerprints", [authorized_keys_with_comments, wireguard_peer_public_config], "ssh-ed25519 keys (real wire format), SHA256 fingerprints, WireGuard peer public keys"),
    ("release_digests_and_checksums", [container_image_digest_list, firmware_sha256sums_file], "image digests, sha256sums, commit ids (real digests of random bytes)"),
    ("password_policy_prose", [staff_handbook_it_section, manager_onboarding_note], "handbook and onboarding text about passwords without a password"),
    ("order_and_payment_object_ids", [stripe_event_log_excerpt, delivery_platform_order_export], "Stripe object ids (evt_, pi_, cus_, ch_, re_), UUIDv4 order ids, platform refs"),
    ("street_trading_and_pitch_permits", [council_permit_letter, event_pitch_booking_confirmation], "street-trading consents, pitch bookings, gate passes"),
    ("loyalty_member_and_voucher_refs", [loyalty_member_export_csv, voucher_campaign_summary], "member numbers, in-store EAN-13 cards, flyer promo codes, Luhn-valid gift-card batch numbers"),
]

WRAPPERS = [
    ("", None),
    ("__in_parlour_teams_thread", lambda body: "[Teams] Marco: pasting this so Sara can check it, nothing secret in it\n" + body + "[Teams] Sara: thanks, all public info\n"),
    ("__in_gelato_lab_helpdesk_ticket", lambda body: "Ticket LAB-%s attachment (reviewed: contains no credentials)\n---\n" + body + "---\n"),
    ("__in_supplier_email_reply", lambda body: "Hi Chiara,\nas requested, below the extract from our system:\n\n" + body + "\nBest regards,\nAccounts team\n"),
    ("__in_van_owner_forum_post", lambda body: "Posted in 'Ice Cream Van Owners' forum: here's what mine looks like, in case it helps anyone\n\n" + body),
]


def build(registry, next_id, forbidden_check):
    rng = random.Random(SEED)
    recs = []
    seen = set()
    for cname, kinds, _ in CLASSES:
        for kfn in kinds:
            for wname, wrap in WRAPPERS:
                for _ in range(200):
                    body = kfn(rng)
                    text = body if wrap is None else wrap(body)
                    if "%s" in text:
                        text = text.replace("%s", str(rng.randint(1000, 9999)), 1)
                    if text in seen or not forbidden_check(text):
                        continue
                    break
                else:
                    raise RuntimeError("negative could not be drawn: " + kfn.__name__)
                seen.add(text)
                recs.append({"id": next_id(), "class": cname, "container": kfn.__name__ + wname,
                             "text": text, "source": "negative"})
    return recs
