"""Hard negatives of the pet-grooming / kennel / daycare world: no secret in any of them."""
import hashlib
import random

from common191 import (ALNUM, B62, B64URL, DIGITS, HEX, LALNUM, LOWER, UALNUM, UHEX, UPPER, rstr, rbytes, b64,
                       b64url, jwt_hs, uuid4, luhn_digit, gs1_digit)
from vendor191 import bech32_encode

SEED = 19106
B36 = DIGITS + UPPER


def luhn_mod_n_check(payload, alphabet=B36):
    n = len(alphabet)
    factor, total = 2, 0
    for ch in reversed(payload):
        addend = factor * alphabet.index(ch)
        factor = 1 if factor == 2 else 2
        total += addend // n + addend % n
    return alphabet[(n - total % n) % n]


def luhn_mod_n_valid(code, alphabet=B36):
    n = len(alphabet)
    factor, total = 1, 0
    for ch in reversed(code):
        addend = factor * alphabet.index(ch)
        factor = 2 if factor == 1 else 1
        total += addend // n + addend % n
    return total % n == 0


S10_W = [8, 6, 4, 2, 3, 5, 9, 7]


def s10_digit(eight):
    s = sum(int(d) * w for d, w in zip(eight, S10_W))
    c = 11 - s % 11
    return "0" if c == 10 else ("5" if c == 11 else str(c))


def chip(r):
    return r.choice(["985", "981", "900", "941", "956"]) + rstr(r, DIGITS, 12)


def imei(r):
    body = "35" + rstr(r, DIGITS, 12)
    return body + luhn_digit(body)


def gtin13(r):
    body = "50" + rstr(r, DIGITS, 10)
    return body + gs1_digit(body)


def sscc(r):
    body = "0" + "5012345" + rstr(r, DIGITS, 9)
    return body + gs1_digit(body)


def s10(r):
    eight = rstr(r, DIGITS, 8)
    return r.choice(["RR", "LX", "CP", "EE"]) + eight + s10_digit(eight) + "GB"


def booking(r):
    body = "GR" + rstr(r, B36, 6)
    return body + luhn_mod_n_check(body)


def sha256hex(r):
    return hashlib.sha256(rbytes(r, 64)).hexdigest()


def bcrypt_like(r):
    return "$2y$12$" + rstr(r, "./" + UPPER + LOWER + DIGITS, 53)


def argon(r):
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64(rbytes(r, 16)).rstrip("="), b64(rbytes(r, 32)).rstrip("="))


# ---------------------------------------------------------------- base kinds
def k_chip_log(r):
    lines = ["2025-04-%02d %02d:%02d reader=HS-%d chip=%s breed=%s" % (r.randint(1, 28), r.randint(7, 18), r.randint(0, 59), r.randint(1, 4), chip(r),
             r.choice(["cockapoo", "border collie", "maine coon", "dachshund", "labrador"])) for _ in range(3)]
    return "Check-in microchip scans (front desk):\n" + "\n".join(lines) + "\n"


def k_rehoming(r):
    return ("Rehoming transfer form\nAnimal: %s (%s)\nMicrochip: %s\nPrevious keeper id: K-%d\nNew keeper postcode: BN%d %d%s\nRegistry: please update the keeper on the database.\n"
            % (r.choice(["Biscuit", "Nala", "Otis", "Pepper"]), r.choice(["lurcher", "shih tzu", "tabby"]), chip(r), r.randint(10000, 99999),
               r.randint(1, 45), r.randint(1, 9), rstr(r, UPPER, 2)))


def k_vacc_record(r):
    return ("Vaccination record extract – %s\nRabies certificate no.: RC-2025-%06d\nDHPP booster: lot %s, exp 2026-%02d\nKennel cough (intranasal): lot %s, given 2025-%02d-%02d\nStatus: OK for boarding\n"
            % (r.choice(["Rex", "Maple", "Toffee"]), r.randint(0, 999999), rstr(r, UALNUM, 7), r.randint(1, 12), rstr(r, UALNUM, 8),
               r.randint(1, 12), r.randint(1, 28)))


def k_vet_stock(r):
    rows = ["%s,%s,%s,2026-%02d-%02d,%d" % (r.choice(["Nobivac DHP", "Nobivac KC", "Versican Plus", "Rabisin"]), "LOT" + rstr(r, UALNUM, 6),
            "SN" + rstr(r, DIGITS, 9), r.randint(1, 12), r.randint(1, 28), r.randint(1, 40)) for _ in range(3)]
    return "product,lot,serial,expiry,qty\n" + "\n".join(rows) + "\n"


def k_pedigree(r):
    return ("PEDIGREE CERTIFICATE\nRegistered name: %s\nRegistration no.: %s%08d\nSire: %s (reg %s%08d)\nDam reg: AV%08d\nDNA profile no.: DNA-%s\n"
            % (r.choice(["Ch. Willowbank Saffron", "Hollytree Blue Moon", "Sandcastle Merry Piper"]), r.choice(["SS", "SR", "AV"]), r.randint(0, 99999999),
               r.choice(["Kintail Rowan", "Dunmore Ash"]), r.choice(["SS", "AV"]), r.randint(0, 99999999), r.randint(0, 99999999), rstr(r, UALNUM, 10)))


def k_show_entry(r):
    rows = ["%d,%s,%s%08d,%s" % (r.randint(100, 999), r.choice(["Whippet", "Samoyed", "Bichon Frise"]), r.choice(["AV", "AW"]), r.randint(0, 99999999),
            r.choice(["Puppy Dog", "Open Bitch", "Limit Dog"])) for _ in range(3)]
    return "ring_no,breed,kc_reg_no,class\n" + "\n".join(rows) + "\n"


def k_claim_email(r):
    return ("Subject: Claim update CLM-2025-%06d\n\nDear Paw Haven,\nthe claim for policy PET-POL-%08d (pet: %s) has been received. Vet practice id: VP%05d. Invoice ref INV-%d.\nPayment will follow within 10 working days.\n"
            % (r.randint(0, 999999), r.randint(0, 99999999), r.choice(["Milo", "Daisy", "Bruno"]), r.randint(0, 99999), r.randint(10000, 99999)))


def k_policy_summary(r):
    return ("Policy schedule summary\nPolicy number: PP-%s-%04d\nCover: Lifetime 7k\nExcess: £%d + 20%% co-pay from age 9\nPet: %s, microchip %s\nRenewal: 2026-%02d-01\n"
            % (rstr(r, UALNUM, 6), r.randint(0, 9999), r.choice([99, 120, 150]), r.choice(["Luna (cat)", "Archie (spaniel)"]), chip(r), r.randint(1, 12)))


def k_booking_sms(r):
    return ("Paw Haven: your groom for %s is booked for %s %02d:%02d. Booking code %s. Reply C to cancel (24h notice or the £15 no-show fee applies).\n"
            % (r.choice(["Coco", "Bear", "Willow"]), r.choice(["Tue", "Wed", "Sat"]), r.randint(8, 16), r.choice([0, 30]), booking(r)))


def k_booking_csv(r):
    rows = ["%s,%s,%s,%s,%s" % (booking(r), r.choice(["full groom", "bath & brush", "nail trim", "hand strip"]), r.choice(["poodle", "westie", "cockapoo"]),
            "2025-06-%02d" % r.randint(1, 30), r.choice(["deposit_paid", "no_show", "completed"])) for _ in range(4)]
    return "booking_code,service,breed,date,status\n" + "\n".join(rows) + "\n"


def k_pick_list(r):
    rows = ["GTIN %s  %s  x%d" % (gtin13(r), r.choice(["Adult Lamb 12kg", "Puppy Salmon 2kg", "Senior Turkey 6kg", "Cat Duck 1.5kg"]), r.randint(1, 6)) for _ in range(3)]
    return "Pick list – subscription run %d\n" % r.randint(100, 999) + "\n".join(rows) + "\nPallet SSCC: %s\n" % sscc(r)


def k_manifest(r):
    rows = ["%s,%s,%s,%d" % (sscc(r), gtin13(r), r.choice(["north", "south", "coast"]), r.randint(1, 40)) for _ in range(3)]
    return "sscc,gtin,route,stop\n" + "\n".join(rows) + "\n"


def k_dispatch_email(r):
    return ("Your kibble box is on its way! Tracking number: %s (Royal Mail Tracked 48). Subscription SUB-%d, box %d of 12.\n"
            % (s10(r), r.randint(100000, 999999), r.randint(1, 12)))


def k_scan_events(r):
    t = s10(r)
    day = r.randint(1, 24)
    return "\n".join("%s 2025-05-%02d %02d:%02d %s" % (t, day + i, r.randint(6, 21), r.randint(0, 59), ev)
                     for i, ev in enumerate(["ACCEPTED", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED"])) + "\n"


def k_collar_inventory(r):
    rows = ["%s,%s,%s,fw-%d.%d.%d,%s" % (uuid4(r), imei(r), r.choice(["Bella", "Scout", "Juno", "Finn"]), r.randint(1, 4), r.randint(0, 9), r.randint(0, 20),
            "89440" + rstr(r, DIGITS, 14)) for _ in range(3)]
    return "device_id,imei,dog,firmware,iccid\n" + "\n".join(rows) + "\n"


def k_collar_telemetry(r):
    return "\n".join('{"device":"%s","imei":"%s","lat":51.4%04d,"lon":-0.1%04d,"batt":%d,"seq":%d}' % (
        uuid4(r), imei(r), r.randint(0, 9999), r.randint(0, 9999), r.randint(10, 100), r.randint(1000, 99999)) for _ in range(3)) + "\n"


def k_nvr_channels(r):
    rows = ["CH%02d  %-12s rtsp://10.20.9.%d:554/Streaming/Channels/%d01  serial %s" % (i + 1, r.choice(["playroom-a", "nap-room", "yard", "cattery"]),
            r.randint(20, 60), i + 1, "DS-2CD2143G2-I" + rstr(r, DIGITS, 8) + "AAWR" + rstr(r, UALNUM, 9)) for i in range(3)]
    return "NVR channel list (no credentials stored here – viewers log in through the owner portal)\n" + "\n".join(rows) + "\n"


def k_portal_cams(r):
    return ('{"cameras":[{"id":"%s","name":"Playroom A","hls":"https://cams.pawhaven.example/live/%s/index.m3u8","public":false},'
            '{"id":"%s","name":"Yard","hls":"https://cams.pawhaven.example/live/%s/index.m3u8","public":false}],"auth":"session-cookie"}\n'
            % (uuid4(r), rstr(r, LALNUM, 8), uuid4(r), rstr(r, LALNUM, 8)))


def _mapbox_pk(r):
    import json
    mid = b64url(json.dumps({"u": "pawhaven", "a": rstr(r, LALNUM, 25)}, separators=(",", ":")).encode())
    return "pk." + mid + "." + rstr(r, B64URL, 22)


def _supabase_anon(r):
    iat = 1700000000 + r.randint(0, 30000000)
    return jwt_hs(r, {"typ": "JWT"}, {"iss": "supabase", "ref": rstr(r, LOWER, 20), "role": "anon", "iat": iat, "exp": iat + 315360000})


def k_widget_html(r):
    return ('<!-- booking widget: publishable keys only, safe in the page -->\n<script src="https://js.stripe.com/v3/"></script>\n'
            '<script>\n  const stripe = Stripe("pk_live_51%s");\n  const radar = Radar.initialize("prj_live_pk_%s");\n'
            '  mapboxgl.accessToken = "%s";\n</script>\n' % (rstr(r, ALNUM, 96), rstr(r, HEX, 40), _mapbox_pk(r)))


def k_public_config(r):
    return ('{\n  "supabaseUrl": "https://%s.supabase.co",\n  "supabaseAnonKey": "%s",\n  "posthogKey": "phc_%s",\n'
            '  "mapsBrowserKey": "AIza%s",\n  "_note": "browser key is HTTP-referrer restricted to *.pawhaven.example"\n}\n'
            % (rstr(r, LOWER, 20), _supabase_anon(r), rstr(r, ALNUM, 43), rstr(r, B64URL, 35)))


def k_quickstart(r):
    return ("## Quick start\n\n```bash\nexport WALKER_GPS_INGEST_KEY=wgi_<your-ingest-key>\nexport DEPOSIT_WEBHOOK_SECRET=dpwh_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n"
            "export COURIER_API_TOKEN=pfc_00000000.<paste-token-here>\n```\n\nNever commit real values; use `%s` in CI.\n" % r.choice(["secrets.COURIER_API_TOKEN", "the vault"]))


def k_env_example(r):
    return ("# .env.example – copy to .env and fill in\nGROOMING_BOOK_ADMIN_PASSWORD=\nKENNEL_BOARD_PASSWORD=changeme\nCLAIM_ENCRYPTION_KEY=base64:REPLACE_WITH_php_artisan_key_generate\n"
            "DOOR_TOTP_SEED=JBSWY3DPEHPK3PXP  # the well-known authenticator documentation example, not ours\nWEBCAM_VIEWER_JWT=${WEBCAM_VIEWER_JWT:?set me}\n")


def k_masked_log(r):
    return ("2025-05-0%d 07:%02d:11 INFO vetportal login user=frontdesk password=******** ok\n2025-05-0%d 07:%02d:12 DEBUG ingest key wgi_****%s accepted\n"
            "2025-05-0%d 07:%02d:13 DEBUG webhook secret dpwh_•••• (redacted)\n" % (r.randint(1, 9), r.randint(0, 59), r.randint(1, 9), r.randint(0, 59), rstr(r, HEX, 4),
                                                                           r.randint(1, 9), r.randint(0, 59)))


def k_ci_masked(r):
    return ("Run ./deploy.sh kennel-board\n  env:\n    KENNEL_BOARD_PASSWORD: ***\n    COURIER_API_TOKEN: ***\n[deploy] connecting to kennel-db with password [MASKED]\n"
            "[deploy] token pfc_%s…(truncated)\n[deploy] done in %ds\n" % (rstr(r, HEX, 4), r.randint(20, 90)))


def k_op_refs(r):
    return ("# .env.tpl – resolved with `op run --env-file=.env.tpl -- npm start`\nVET_PORTAL_PASSWORD=op://Kennel/vetportal/password\n"
            "COURIER_API_TOKEN=op://Kennel/courier-api/credential\nDEPOSIT_WEBHOOK_SECRET=op://Kennel/deposits-webhook/%s\n" % r.choice(["secret", "signing secret"]))


def k_gcp_refs(r):
    return ("env:\n  - name: WEBCAM_NVR_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: nvr-admin, key: password}\n"
            "  - name: CLAIM_ENCRYPTION_KEY\n    value: sm://projects/pawhaven-%d/secrets/claim-key/versions/latest\n"
            "  - name: GPS_INGEST_KEY\n    value: \"@Microsoft.KeyVault(SecretUri=https://kv-pawhaven.vault.azure.net/secrets/gps-ingest/)\"\n" % r.randint(100, 999))


def k_users_dump(r):
    rows = ["(%d,'%s','%s','%s')" % (i + 1, n, r.choice(["groomer", "manager", "reception"]), bcrypt_like(r) if i % 2 == 0 else argon(r))
            for i, n in enumerate(["priya", "jess", "sam"])]
    return "INSERT INTO staff_users (id, username, role, password) VALUES\n" + ",\n".join(rows) + ";\n"


def k_laravel_seed(r):
    return "name,email,password\nOrla,orla@pawhaven.example,%s\nKai,kai@pawhaven.example,%s\n" % (bcrypt_like(r), argon(r))


def _armor(r, n):
    data = b64(rbytes(r, n))
    return "\n".join(data[i:i + 64] for i in range(0, len(data), 64))


def k_age_file(r):
    return "claims_export_2025-05.csv.age:\n-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----\n" % _armor(r, 150)


def k_pgp_msg(r):
    return "Attached vet history (encrypted to the practice key):\n-----BEGIN PGP MESSAGE-----\n\n%s\n=%s\n-----END PGP MESSAGE-----\n" % (_armor(r, 170), b64(rbytes(r, 3)))


def k_photo_manifest(r):
    rows = ["%s  before_after_%d.jpg  etag=\"%s\"" % (sha256hex(r), r.randint(1000, 9999), hashlib.md5(rbytes(r, 32)).hexdigest()) for _ in range(3)]
    return "# sha256 manifest of groom photos uploaded to S3\n" + "\n".join(rows) + "\n"


def k_image_pins(r):
    return ("services:\n  kennel-board:\n    image: registry.pawhaven.example/kennel-board@sha256:%s\n  walker-api:\n    image: registry.pawhaven.example/walker-api@sha256:%s\n"
            % (sha256hex(r), sha256hex(r)))


def k_handbook(r):
    return r.choice([
        "Security basics for new groomers: never write the front-desk password on the appointment book, never text keysafe codes to owners, and lock the tablet when you step away from the table. If you think a password has leaked, tell the manager the same day so it can be changed.",
        "Passwords and door codes are changed every quarter and on the day a member of staff leaves. The new ones are given out in person at the morning huddle – never in the group chat, never on the whiteboard.",
    ]) + "\n"


def k_minutes(r):
    return r.choice([
        "Item 4 – IT: the webcam recorder still had the factory password; Tom changed it on Monday and stored the new one in the password manager. Action: Tom to enable two-factor login on the booking system by end of month.",
        "Item 6 – Walker app: two walkers shared one login last week. Agreed: everyone gets their own account, passwords at least 14 characters, no reuse of personal passwords. Action: Aoife to send the invite links.",
    ]) + "\n"


def k_age_recipients(r):
    return "# recipients for claims exports (public keys – safe to commit)\n" + "\n".join(
        "%s  # %s" % (bech32_encode("age", list(rbytes(r, 32))), who) for who in ["office laptop", "manager phone", "backup yubikey"]) + "\n"


def k_wg_public(r):
    return ("# wg0 peer list as shown by the router UI (public keys only)\n[Peer]\n# kennel-nvr\nPublicKey = %s\nAllowedIPs = 10.99.0.2/32\n\n[Peer]\n# daycare-pi\nPublicKey = %s\nAllowedIPs = 10.99.0.3/32\nEndpoint = vpn.pawhaven.example:51820\n"
            % (b64(rbytes(r, 32)), b64(rbytes(r, 32))))


def k_stripe_event(r):
    return ('{"id":"evt_3%s","type":"payment_intent.succeeded","data":{"object":{"id":"pi_3%s","customer":"cus_%s","amount":2500,'
            '"currency":"gbp","latest_charge":"ch_3%s","metadata":{"booking":"%s","reason":"no_show_fee"}}}}\n'
            % (rstr(r, ALNUM, 23), rstr(r, ALNUM, 23), rstr(r, ALNUM, 14), rstr(r, ALNUM, 23), booking(r)))


def k_refund_log(r):
    return "\n".join("refund re_3%s for pi_3%s (customer cus_%s, account acct_1%s) – deposit returned, groom rescheduled" % (
        rstr(r, ALNUM, 23), rstr(r, ALNUM, 23), rstr(r, ALNUM, 14), rstr(r, ALNUM, 15)) for _ in range(2)) + "\n"


CLASSES = [
    ("pet_microchip_numbers_iso11784", "15-digit ISO 11784 microchip numbers (country / manufacturer prefix + 12 digits) in scan logs and transfer forms", [("microchip_scan_log", k_chip_log), ("rehoming_transfer_form", k_rehoming)]),
    ("rabies_certificate_and_vaccine_lot_numbers", "rabies certificate numbers, vaccine lots, serials and expiry dates", [("vaccination_record_extract", k_vacc_record), ("vet_stock_ledger_csv", k_vet_stock)]),
    ("kennel_club_registration_numbers", "pedigree and show-entry registration numbers, DNA profile numbers", [("pedigree_certificate_text", k_pedigree), ("show_entry_form_csv", k_show_entry)]),
    ("insurance_policy_and_claim_references", "pet-insurance policy numbers, claim and invoice references, vet practice ids", [("claim_status_email", k_claim_email), ("policy_schedule_summary", k_policy_summary)]),
    ("booking_codes_with_luhn_mod_n_check", "grooming booking codes `GR` + 6 base-36 characters + a real Luhn mod 36 check character", [("appointment_confirmation_sms", k_booking_sms), ("booking_export_csv", k_booking_csv)]),
    ("gs1_petfood_gtin_and_sscc_codes", "GTIN-13 product codes and SSCC-18 pallet codes with real GS1 mod-10 check digits", [("warehouse_pick_list", k_pick_list), ("delivery_manifest_csv", k_manifest)]),
    ("upu_s10_parcel_tracking_numbers", "UPU S10 tracking numbers with the real 8-6-4-2-3-5-9-7 mod-11 check digit", [("dispatch_confirmation_email", k_dispatch_email), ("courier_scan_events_log", k_scan_events)]),
    ("gps_collar_imei_and_device_ids", "collar device UUIDv4s, IMEIs with a real Luhn digit, ICCIDs, firmware versions", [("collar_fleet_inventory_csv", k_collar_inventory), ("collar_telemetry_log", k_collar_telemetry)]),
    ("webcam_stream_paths_without_credentials", "RTSP / HLS paths and camera serials with no user info or signature", [("nvr_channel_list", k_nvr_channels), ("owner_portal_camera_json", k_portal_cams)]),
    ("publishable_keys_in_booking_widgets", "Stripe `pk_live_`, Radar `prj_live_pk_`, Mapbox `pk.` (real JSON middle), Supabase anon JWT (role `anon`), PostHog `phc_`, referrer-restricted Maps browser key", [("booking_widget_html_snippet", k_widget_html), ("mobile_app_public_config_json", k_public_config)]),
    ("placeholder_tokens_in_kennel_sdk_docs", "`wgi_<your-ingest-key>`, `dpwh_XXXX…`, `pfc_00000000.<paste-token-here>`, empty values, `changeme`, `base64:REPLACE_…`, the RFC 6238 example seed, `${…:?…}`", [("vendor_quickstart_markdown", k_quickstart), ("env_example_template", k_env_example)]),
    ("masked_credentials_in_groomer_app_logs", "`********`, prefix + stars + 4-character tail, bullets, `***`, `[MASKED]`, truncated tokens", [("app_debug_log_masked", k_masked_log), ("ci_output_with_masking", k_ci_masked)]),
    ("secret_manager_pointers_in_pet_deploys", "1Password `op://` references, `secretKeyRef`, `sm://` Secret Manager paths, Key Vault references", [("onepassword_op_uri_env", k_op_refs), ("gcp_secret_manager_refs_yaml", k_gcp_refs)]),
    ("bcrypt_and_argon2id_password_hashes", "bcrypt `$2y$12$…` and `$argon2id$v=19$…` strings (random in frame; one-way; column named `password`)", [("staff_users_table_dump", k_users_dump), ("laravel_users_seed_csv", k_laravel_seed)]),
    ("age_and_openpgp_armored_ciphertext", "ASCII-armoured age files and PGP messages (random bytes in frame)", [("claims_export_age_file", k_age_file), ("vet_records_pgp_message", k_pgp_msg)]),
    ("photo_and_image_content_digests", "SHA-256 and MD5 ETag digests of random bytes, container image digests", [("groom_photo_upload_manifest", k_photo_manifest), ("container_image_digest_pins", k_image_pins)]),
    ("kennel_staff_password_etiquette_notes", "handbook and meeting text about passwords with no password in it", [("staff_handbook_security_page", k_handbook), ("team_meeting_minutes_item", k_minutes)]),
    ("age_recipients_and_wireguard_public_keys", "age `age1…` recipients (real bech32 checksum) and WireGuard `PublicKey` lines (Base64 of 32 bytes, same shape as a private key)", [("age_recipients_file", k_age_recipients), ("wireguard_peer_config_public_only", k_wg_public)]),
    ("payment_and_customer_object_ids", "Stripe-style object ids (`evt_`, `pi_`, `cus_`, `ch_`, `re_`, `acct_`) – identifiers, not keys", [("stripe_webhook_event_payload_excerpt", k_stripe_event), ("refund_audit_log", k_refund_log)]),
]

WRAPPERS = [
    ("in_groomer_whatsapp_group", lambda t, r: "[%02d/05/2025, %02d:%02d] Jess: can someone check this?\n%s[%02d/05/2025, %02d:%02d] Sam: looks fine, nothing secret in there 👍\n"
     % (r.randint(1, 28), r.randint(8, 18), r.randint(0, 59), t, r.randint(1, 28), r.randint(8, 18), r.randint(0, 59))),
    ("in_kennel_ops_linear_issue", lambda t, r: "PAW-%d  Investigate odd values in export\n\nSteps / evidence:\n```\n%s```\nAssignee: dev-on-call\n" % (r.randint(100, 999), t)),
    ("in_vendor_support_email_reply", lambda t, r: "Hi Paw Haven team,\n\nthanks for sending this over – quoting it below for the record:\n\n> " + t.rstrip("\n").replace("\n", "\n> ") + "\n\nBest regards,\nVendor Support\n"),
    ("in_daycare_ops_notion_page", lambda t, r: "Daycare Ops › Reference › Examples\n\nLast edited by Aoife\n\n" + t + "\nTags: reference, no-secrets\n"),
]


def generate(registered, start_id):
    rng = random.Random(SEED)
    recs = []
    n = start_id
    seen = set()
    for cname, _desc, kinds in CLASSES:
        for kname, fn in kinds:
            for wi in range(5):
                for _ in range(50):
                    base = fn(rng)
                    if wi == 0:
                        text, cont = base, kname
                    else:
                        wname, wfn = WRAPPERS[wi - 1]
                        text, cont = wfn(base, rng), kname + "__" + wname
                    if text not in seen and not any(v in text for v in registered):
                        break
                else:
                    raise RuntimeError("negative redraw failed")
                seen.add(text)
                recs.append({"id": "p191-n-%04d" % n, "class": cname, "container": cont, "text": text, "source": "negative"})
                n += 1
    return recs
