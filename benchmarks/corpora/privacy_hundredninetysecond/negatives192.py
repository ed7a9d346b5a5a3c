"""Hard negatives of the campsite world: no secret inside, but they look like they might."""
import hashlib
import random
import string

import common192 as C
from common192 import rs, HEX, ALNUM, B64URL, LOWER_ALNUM, UPPER_ALNUM

SEED = 19206
UP = string.ascii_uppercase
DIG = string.digits


def plate(r):
    return "%s%s%02d %s" % (r.choice("ABDEFGHKLMNOPRSVWY"), r.choice("ABCDEFGHJKLMNOPRSTUVWXY"),
                            r.choice([19, 20, 21, 22, 23, 24, 69, 70, 71, 72, 73, 74, 25]),
                            rs(r, "ABCDEFGHJKLMNOPRSTUVWXYZ", 3))


def ip(r):
    return "10.%d.%d.%d" % (r.randint(10, 60), r.randint(0, 9), r.randint(2, 250))


def mac(r):
    return ":".join("%02x" % r.randrange(256) for _ in range(6))


def vin(r):
    while True:
        body = rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17)
        v = body[:8] + "0" + body[9:]
        v = v[:8] + C.vin_check(v) + v[9:]
        if C.vin_check(v) == v[8]:
            return v


def conf_no(r):
    base = rs(r, DIG, 9)
    return base + C.iso7064_mod11_2(base)


def modbus_frame(r):
    addr = r.randint(1, 32)
    start = r.choice([0x0000, 0x0006, 0x000C, 0x0048, 0x0156])
    req = bytes([addr, 0x04, start >> 8, start & 255, 0x00, 0x02])
    return " ".join("%02X" % b for b in req + C.modbus_crc(req))


def sha(r, algo):
    return hashlib.new(algo, C.rbytes(r, 64)).hexdigest()


def bcrypt_like(r):
    alpha = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
    return "$2b$12$" + rs(r, alpha, 53)


def scrypt_like(r):
    return "scrypt:32768:8:1$" + rs(r, ALNUM, 16) + "$" + rs(r, HEX, 128)


# ------------------------------------------------------------------ base kinds
def anpr_lane_event_log(r):
    lines = []
    for _ in range(4):
        lines.append("2026-07-%02d %02d:%02d:%02d lane=%s plate=%s conf=%.2f cam=AXQ1785-%s event=%s action=%s" % (
            r.randint(1, 28), r.randint(6, 22), r.randint(0, 59), r.randint(0, 59), r.choice(["entry", "exit"]),
            plate(r), r.uniform(0.8, 0.99), rs(r, UPPER_ALNUM, 6), C.uuid4(r), r.choice(["open", "hold", "open"])))
    return "\n".join(lines) + "\n"


def anpr_whitelist_export_csv(r):
    rows = ["plate,pitch,arrive,depart,booking_ref"]
    for _ in range(4):
        rows.append("%s,%s%02d,2026-08-%02d,2026-08-%02d,PG-%s" % (plate(r), r.choice("ABCDH"), r.randint(1, 60),
                                                                    r.randint(1, 14), r.randint(15, 28), rs(r, UPPER_ALNUM, 8)))
    return "\n".join(rows) + "\n"


def caravan_sales_handover_sheet(r):
    return ("HANDOVER – STATIC CARAVAN\nMake/model: %s %s\nVIN: %s\nCRiS reg: CR%s\nPitch: %s%d   Gas cert no: GS-%s\n"
            "Keys issued: 2 door, 1 gas locker\n") % (r.choice(["Willerby", "ABI", "Swift", "Atlas", "Victory"]),
                                                      r.choice(["Linwood", "Beverley", "Burghley", "Harrogate"]),
                                                      vin(r), rs(r, DIG, 9), r.choice("ABCDEF"), r.randint(1, 90), rs(r, DIG, 7))


def owner_portal_caravan_register_json(r):
    return '{"caravans":[{"id":"%s","vin":"%s","pitch":"%s%d","year":%d},{"id":"%s","vin":"%s","pitch":"%s%d","year":%d}]}\n' % (
        C.uuid4(r), vin(r), r.choice("ABC"), r.randint(1, 80), r.randint(2004, 2025),
        C.uuid4(r), vin(r), r.choice("DEF"), r.randint(1, 80), r.randint(2004, 2025))


def ground_rent_invoice_text(r):
    vat = C.uk_vat_make(r)
    return ("INVOICE GR-2026-%05d\n%s Holiday Park Ltd, VAT reg GB %s %s %s\nPitch %s%d – annual ground rent 2026: £%d.00\n"
            "Pay to sort code %02d-%02d-%02d, account %s, reference GR%s\n") % (
        r.randint(1, 99999), r.choice(["Heather Cove", "Curlew Sands", "Duneview"]), vat[:3], vat[3:7], vat[7:],
        r.choice("ABC"), r.randint(1, 99), r.randint(2800, 6400), r.randint(10, 99), r.randint(10, 99), r.randint(10, 99),
        rs(r, DIG, 8), rs(r, DIG, 6))


def rent_ledger_export_csv(r):
    rows = ["invoice,owner_ref,pitch,net,vat,supplier_vat"]
    for _ in range(3):
        rows.append("GR-2026-%05d,OWN-%04d,%s%d,%d.00,%d.00,GB%s" % (r.randint(1, 99999), r.randint(1, 9999),
                                                                   r.choice("ABC"), r.randint(1, 99), r.randint(2000, 5000),
                                                                   r.randint(400, 1000), C.uk_vat_make(r)))
    return "\n".join(rows) + "\n"


def booking_confirmation_email(r):
    return ("Subject: Your pitch is booked – confirmation %s\n\nHi %s,\nThanks for booking a hardstanding pitch with 16A hook-up "
            "from %d to %d August. Confirmation number: %s. Show it at the barrier intercom if your plate is not recognised.\n") % (
        conf_no(r), r.choice(["Sam", "Jo", "Alex", "Chris"]), r.randint(1, 10), r.randint(11, 20), conf_no(r))


def channel_manager_booking_feed_json(r):
    return ('{"bookings":[{"confirmation":"%s","channel":"pitchup","pitch_type":"EHU-HS","nights":%d,"request_id":"%s"},'
            '{"confirmation":"%s","channel":"direct","pitch_type":"TENT-GR","nights":%d,"request_id":"%s"}]}\n') % (
        conf_no(r), r.randint(1, 14), C.uuid4(r), conf_no(r), r.randint(1, 14), C.uuid4(r))


def meter_inventory_yaml(r):
    s = "meters:\n"
    for _ in range(3):
        s += "  - serial: SDM120-%s\n    modbus_addr: %d\n    bollard: B%02d\n    ct_ratio: 1\n" % (rs(r, DIG, 8), r.randint(1, 32), r.randint(1, 48))
    return s


def modbus_rtu_trace_log(r):
    return "".join("%02d:%02d:%02d.%03d TX %s\n" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999),
                                                  modbus_frame(r)) for _ in range(4))


def laundry_card_topup_ledger_csv(r):
    rows = ["card_uid,topup_pence,balance_pence,machine,txn"]
    for _ in range(4):
        rows.append("04%s,%d,%d,WASH-%02d,%s" % (rs(r, "0123456789ABCDEF", 12), r.choice([200, 500, 1000]), r.randint(0, 3000),
                                                 r.randint(1, 6), C.uuid4(r)))
    return "\n".join(rows) + "\n"


def card_reader_debug_log(r):
    return "".join("[rdr] ATQA=0044 SAK=08 UID=%s blk4=%s tokens=%d\n" % (rs(r, "0123456789ABCDEF", 8), rs(r, "0123456789ABCDEF", 32), r.randint(0, 20))
                   for _ in range(3))


def radius_accounting_detail_file(r):
    return ("%s\n\tAcct-Status-Type = Stop\n\tAcct-Session-Id = \"%s\"\n\tUser-Name = \"voucher-%s\"\n\tCalling-Station-Id = \"%s\"\n"
            "\tNAS-IP-Address = %s\n\tAcct-Input-Octets = %d\n\tAcct-Unique-Session-Id = \"%s\"\n") % (
        "Sat Jul 18 21:14:02 2026", rs(r, "0123456789ABCDEF", 16), rs(r, DIG, 6), mac(r).upper().replace(":", "-"), ip(r),
        r.randint(10 ** 6, 10 ** 9), rs(r, HEX, 32))


def hotspot_active_clients_table(r):
    s = "Flags: R - RADIUS\n #   USER            ADDRESS        MAC-ADDRESS        UPTIME\n"
    for i in range(3):
        s += " %d R voucher-%s  %-14s %s  %dh%dm\n" % (i, rs(r, DIG, 6), ip(r), mac(r).upper(), r.randint(0, 23), r.randint(0, 59))
    return s


def site_map_geojson_excerpt(r):
    return ('{"type":"Feature","properties":{"pitch":"%s%d","ehu":"16A","w3w":"///%s.%s.%s","os_grid":"SX %05d %05d"},'
            '"geometry":{"type":"Point","coordinates":[-%.5f,%.5f]}}\n') % (
        r.choice("ABC"), r.randint(1, 90), r.choice(["filled", "lamps", "crisp"]), r.choice(["tent", "orchid", "kettle"]),
        r.choice(["soap", "river", "bright"]), r.randint(0, 99999), r.randint(0, 99999), r.uniform(3, 5), r.uniform(50, 51))


def pitch_directions_sms(r):
    return ("Welcome! Your pitch %s%d is at ///%s.%s.%s (grid ref SY %04d %04d). Barrier opens for your plate %s after 2pm.\n") % (
        r.choice("ABC"), r.randint(1, 90), r.choice(["hiking", "meadow", "sharper"]), r.choice(["lamps", "plots", "jumps"]),
        r.choice(["ocean", "frogs", "drift"]), r.randint(0, 9999), r.randint(0, 9999), plate(r))


def booking_widget_html_head(r):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  window.PARK = {\n    stripeKey: "pk_live_51%s",\n'
            '    recaptchaSiteKey: "6L%s",\n    posthog: "phc_%s"\n  };\n</script>\n') % (rs(r, ALNUM, 97), rs(r, B64URL, 38), rs(r, ALNUM, 43))


def mobile_app_public_config_json(r):
    return ('{\n  "mapboxToken": "pk.%s.%s",\n  "hcaptchaSitekey": "%s",\n  "sentryDsn": "https://%s@o%d.ingest.sentry.io/%d",\n'
            '  "mapsBrowserKey": "AIza%s"\n}\n') % (
        C.b64url(('{"u":"parkapps","a":"%s"}' % rs(r, LOWER_ALNUM, 12)).encode()), rs(r, B64URL, 22), C.uuid4(r),
        rs(r, HEX, 32), r.randint(100000, 999999), r.randint(1000000, 9999999), rs(r, B64URL, 35))


def reservation_api_quickstart_md(r):
    return ("## Quick start\n\n```bash\nexport CAMPSPOT_PARTNER_API_KEY=<your-partner-key>\nexport METER_INGEST_TOKEN=ehm1_<32-char-body>_<crc32>\n"
            "curl -H \"Authorization: Bearer $METER_INGEST_TOKEN\" https://meters.example.com/v1/readings\n```\n"
            "Replace `sk_live_...` with your own secret key; never commit it.\n")


def env_sample_for_gate_bridge(r):
    return ("# .env.sample – copy to .env and fill in\nBARRIER_CONTROLLER_WEB_PASSWORD=\nANPR_EVENT_HMAC_KEY=%s\n"
            "WIFI_RADIUS_SECRET=your-radius-secret-here\nOWNER_PORTAL_DB_PASSWORD=${OWNER_PORTAL_DB_PASSWORD:?set me}\n"
            "RESERVATION_WEBHOOK_SECRET=cpwh_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n") % ("0" * 48)


def gate_bridge_startup_log(r):
    return ("%s INFO  gate-bridge starting, lanes=2\n%s INFO  config BARRIER_CONTROLLER_WEB_PASSWORD=******** (len 14)\n"
            "%s INFO  config ANPR_EVENT_HMAC_KEY=%s…%s (redacted)\n%s INFO  config RESERVATION_WEBHOOK_SECRET=cpwh_••••%s\n") % (
        "2026-05-02T06:00:01Z", "2026-05-02T06:00:01Z", "2026-05-02T06:00:01Z", rs(r, "0123456789ABCDEF", 4),
        rs(r, "0123456789ABCDEF", 2), "2026-05-02T06:00:02Z", rs(r, B64URL, 4))


def ci_job_log_masked_vars(r):
    return ("$ ./deploy.sh --site %s\nUsing METER_INGEST_TOKEN=***\nUsing OWNER_PORTAL_SESSION_JWT=eyJ***\nUsing STRIPE_LIVE_SECRET_KEY=sk_live_****************%s\n"
            "[MASKED] values hidden by CI\n") % (r.choice(["duneview", "curlew-sands"]), rs(r, ALNUM, 4))


def onepassword_op_refs_env(r):
    return ("BOOKING_GRID_ADMIN_PASSWORD=op://Park Ops/Booking grid/credential\nMETER_INGEST_TOKEN=op://Park Ops/Meter ingest/%s\n"
            "WIFI_RADIUS_SECRET=op://Park Ops/RADIUS/secret\n") % r.choice(["token", "credential"])


def cloud_secret_refs_yaml(r):
    acct = rs(r, DIG, 12)
    return ("gate_bridge:\n  hmac_key: \"{{resolve:secretsmanager:arn:aws:secretsmanager:eu-west-2:%s:secret:anpr/hmac-%s:SecretString:key}}\"\n"
            "owner_portal:\n  db: projects/%s/secrets/owner-portal-db/versions/latest\n  app_key: \"@Microsoft.KeyVault(SecretUri=https://park-kv.vault.azure.net/secrets/ground-rent-app-key/)\"\n") % (
        acct, rs(r, ALNUM, 6), rs(r, DIG, 12))


def warden_induction_handbook_page(r):
    return ("Passwords and the site systems\n\nEvery warden gets their own login for the rota app and the barrier console. Choose a passphrase "
            "of at least four words, never reuse your email password, and never write it on the hut whiteboard. If you think a "
            "password has been seen by a guest, tell the duty manager and we will reset it the same day.\n")


def reception_it_faq_answers(r):
    return ("Q: The booking PC asks for the password after the update – what is it?\nA: Nobody will send it by message. Ring the duty "
            "manager on the internal line; they will type it in for you and reset it afterwards.\nQ: Can I save it in the browser?\n"
            "A: No. Use the password manager on the reception PC.\n")


def age_armored_backup_file(r):
    body = C.b64(b"age-encryption.org/v1\n-> X25519 " + C.rbytes(r, 120))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN AGE ENCRYPTED FILE-----\n" + "\n".join(lines) + "\n-----END AGE ENCRYPTED FILE-----\n"


def bitnami_sealedsecret_manifest(r):
    return ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: meter-ingest\n  namespace: park\nspec:\n  encryptedData:\n"
            "    METER_INGEST_TOKEN: Ag%s\n") % C.b64(C.rbytes(r, 180))


def warden_accounts_table_dump(r):
    rows = ["id | login        | pw_hash"]
    for i in range(3):
        rows.append("%2d | %-12s | %s" % (i + 1, r.choice(["warden", "night", "relief"]) + str(r.randint(1, 9)), bcrypt_like(r)))
    return "\n".join(rows) + "\n"


def werkzeug_user_fixture_json(r):
    return '[{"model":"staff.user","pk":%d,"fields":{"login":"reception%d","pw_hash":"%s"}}]\n' % (r.randint(1, 99), r.randint(1, 9), scrypt_like(r))


def booking_page_script_tags(r):
    return "".join('<script src="/assets/%s.%s.js" integrity="sha384-%s" crossorigin="anonymous"></script>\n' % (
        name, rs(r, HEX, 8), C.b64(hashlib.sha384(C.rbytes(r, 64)).digest())) for name in ["grid", "checkout"])


def webpack_sri_manifest_json(r):
    return '{\n  "pitch-grid.js": "sha384-%s",\n  "vendor.js": "sha384-%s"\n}\n' % (
        C.b64(hashlib.sha384(C.rbytes(r, 64)).digest()), C.b64(hashlib.sha384(C.rbytes(r, 64)).digest()))


def openssl_x509_text_excerpt(r):
    d = hashlib.sha256(C.rbytes(r, 64)).hexdigest().upper()
    return ("Certificate:\n    Data:\n        Serial Number:\n            %s\n        Subject: CN=book.duneview.example\n"
            "SHA256 Fingerprint=%s\n") % (":".join(rs(r, HEX, 2) for _ in range(16)), ":".join(d[i:i + 2] for i in range(0, 64, 2)))


def cert_inventory_csv(r):
    rows = ["host,expires,sha1_thumbprint"]
    for h in ["book", "owners", "wifi"]:
        rows.append("%s.park.example,2027-0%d-1%d,%s" % (h, r.randint(1, 9), r.randint(0, 9), sha(r, "sha1").upper()))
    return "\n".join(rows) + "\n"


def owner_portal_oidc_client_config(r):
    return ("oidc:\n  issuer: https://login.park.example/realms/owners\n  client_id: owner-portal-web\n  public_client: true\n"
            "  redirect_uris:\n    - https://owners.park.example/callback\n  azure_app_id: %s\n") % C.uuid4(r)


def google_oauth_client_public_part(r):
    return ('{"web":{"client_id":"%s-%s.apps.googleusercontent.com","project_id":"warden-rota-%s",'
            '"auth_uri":"https://accounts.google.com/o/oauth2/auth","redirect_uris":["https://rota.park.example/oauth2/callback"]}}\n') % (
        rs(r, DIG, 12), rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 32), rs(r, DIG, 6))


def reservation_api_access_log(r):
    return "".join('%s - - [18/Jul/2026:10:%02d:%02d +0100] "GET /v1/availability?site=4 HTTP/1.1" 200 %d "-" traceparent=00-%s-%s-01 x-request-id=%s\n' % (
        ip(r), r.randint(0, 59), r.randint(0, 59), r.randint(200, 9000), rs(r, HEX, 32), rs(r, HEX, 16), C.uuid4(r)) for _ in range(2))


def otel_span_export_json(r):
    return '{"traceId":"%s","spanId":"%s","parentSpanId":"%s","name":"POST /gate/open","attributes":{"lane":"entry"}}\n' % (
        rs(r, HEX, 32), rs(r, HEX, 16), rs(r, HEX, 16))


def keyserver_lookup_output(r):
    fp = rs(r, "0123456789ABCDEF", 40)
    return ("pub   ed25519 2025-03-01 [SC] [expires: 2027-03-01]\n      %s\nuid           [ unknown] Park Apps Release <release@park.example>\n"
            "sub   cv25519 2025-03-01 [E]\n") % fp


def release_signing_keys_md(r):
    fp = rs(r, "0123456789ABCDEF", 40)
    return ("## Verifying releases\n\nReleases of the gate bridge are signed with key `%s` (long id `%s`).\n"
            "Run `gpg --recv-keys %s` and check the fingerprint above.\n") % (" ".join(fp[i:i + 4] for i in range(0, 40, 4)), fp[-16:], fp[-16:])


CLASSES = [
    ("anpr_plate_reads_and_lane_events", [anpr_lane_event_log, anpr_whitelist_export_csv],
     "UK-format number plates, confidences, camera serials, event UUIDv4s and booking refs"),
    ("static_caravan_vins_and_cris_numbers", [caravan_sales_handover_sheet, owner_portal_caravan_register_json],
     "17-character VINs with a real ISO 3779 check character (position 9), CRiS-style numbers, gas certificate numbers"),
    ("ground_rent_invoices_and_uk_vat_numbers", [ground_rent_invoice_text, rent_ledger_export_csv],
     "invoice numbers, UK VAT numbers with real mod-97 check digits, sort codes and account numbers"),
    ("reservation_confirmations_with_mod11_2_digit", [booking_confirmation_email, channel_manager_booking_feed_json],
     "10-character confirmation numbers whose last character is a real ISO 7064 MOD 11-2 check character"),
    ("ehu_meter_serials_and_modbus_frames", [meter_inventory_yaml, modbus_rtu_trace_log],
     "hook-up meter serials, Modbus addresses and RTU request frames with a real CRC-16"),
    ("laundry_card_uids_and_token_balances", [laundry_card_topup_ledger_csv, card_reader_debug_log],
     "7-byte card UIDs, 16-byte block dumps, balances, transaction UUIDv4s"),
    ("hotspot_client_macs_and_radius_accounting", [radius_accounting_detail_file, hotspot_active_clients_table],
     "RADIUS accounting session ids, MACs, NAS addresses, voucher user names (numbers, not secrets)"),
    ("pitch_grid_refs_and_what3words_addresses", [site_map_geojson_excerpt, pitch_directions_sms],
     "pitch numbers, what3words addresses, OS grid references, coordinates"),
    ("booking_widget_public_site_keys", [booking_widget_html_head, mobile_app_public_config_json],
     "Stripe `pk_live_`, reCAPTCHA and hCaptcha site keys, PostHog `phc_` project key, Mapbox `pk.` token, Sentry DSN, a browser Maps key"),
    ("template_credentials_in_park_sdk_docs", [reservation_api_quickstart_md, env_sample_for_gate_bridge],
     "`<your-partner-key>`, `ehm1_<32-char-body>_<crc32>`, `sk_live_...`, empty values, `your-radius-secret-here`, `${…:?…}`, an all-zero 48-hex key, `cpwh_XXXX…`"),
    ("masked_secrets_in_gate_bridge_logs", [gate_bridge_startup_log, ci_job_log_masked_vars],
     "`********`, hex head and tail around an ellipsis, bullets with a 4-character tail, `***`, `eyJ***`, stars after `sk_live_`"),
    ("secret_manager_uris_in_park_infra", [onepassword_op_refs_env, cloud_secret_refs_yaml],
     "1Password `op://` references, `{{resolve:secretsmanager:…}}`, GCP Secret Manager paths, Key Vault references"),
    ("warden_password_policy_prose", [warden_induction_handbook_page, reception_it_faq_answers],
     "handbook and FAQ text about passwords with no password in it"),
    ("age_and_sealed_secrets_ciphertext", [age_armored_backup_file, bitnami_sealedsecret_manifest],
     "age armored files and Bitnami SealedSecret `encryptedData` (random bytes in the right frame; ciphertext)"),
    ("bcrypt_and_scrypt_warden_hashes", [warden_accounts_table_dump, werkzeug_user_fixture_json],
     "`$2b$12$` bcrypt strings and Werkzeug `scrypt:` hashes (random in frame; one-way)"),
    ("subresource_integrity_sha384_attributes", [booking_page_script_tags, webpack_sri_manifest_json],
     "`sha384-` SRI values (real SHA-384 of random bytes, Base64)"),
    ("tls_certificate_serials_and_thumbprints", [openssl_x509_text_excerpt, cert_inventory_csv],
     "certificate serials, SHA-256 fingerprints and SHA-1 thumbprints (real digests of random bytes)"),
    ("oauth_public_client_ids_and_redirect_uris", [owner_portal_oidc_client_config, google_oauth_client_public_part],
     "public OIDC client ids, Azure app ids (UUIDv4), Google `…apps.googleusercontent.com` client ids, redirect URIs"),
    ("traceparent_headers_and_request_ids", [reservation_api_access_log, otel_span_export_json],
     "W3C `traceparent` values, span ids, request UUIDv4s"),
    ("openpgp_fingerprints_and_long_key_ids", [keyserver_lookup_output, release_signing_keys_md],
     "OpenPGP fingerprints and long key ids of release signing keys (public)"),
]

WRAPPERS = [
    ("", None),
    ("__in_warden_whatsapp_group", lambda t: "[19/07/2026, 08:12] Rhian: can someone check this?\n" + t + "[19/07/2026, 08:15] Tom: looks fine, nothing secret in there\n"),
    ("__in_park_it_servicedesk_email", lambda t: "From: servicedesk@park.example\nSubject: FW: query from reception\n\nSee below:\n\n" + t + "\nRegards,\nPark IT\n"),
    ("__in_booking_dev_gitea_issue", lambda t: "#%d opened by dafydd\n\nCopied from the box:\n\n```\n" + t + "```\n"),
    ("__in_site_ops_notion_page", lambda t: "Site ops › Systems › Notes\n\n" + t + "\nLast edited by Maeve\n"),
]


def generate(reg):
    rng = random.Random(SEED)
    out = []
    for cname, kinds, _desc in CLASSES:
        for kind in kinds:
            for wsuffix, wrap in WRAPPERS:
                for _ in range(50):
                    t = kind(rng)
                    if wrap:
                        t = wrap(t)
                        if "%d" in t:
                            t = t.replace("#%d", "#%d" % rng.randint(10, 400), 1)
                    if not any(len(s) >= 6 and s in t for s in reg.items):
                        break
                else:
                    raise RuntimeError("negative clash " + kind.__name__)
                out.append({"class": cname, "container": kind.__name__ + wsuffix, "text": t, "source": "negative"})
    return out
