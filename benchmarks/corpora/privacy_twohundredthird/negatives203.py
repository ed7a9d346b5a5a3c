"""Hard negatives of the studio world: no secret, but plenty that looks like one."""
import hashlib
import hmac
import json
import random
import string

from common203 import SEEDS, B62, HEX, LOWALNUM, UPALNUM, ALNUM, B64URL, B64STD, rs, rbytes, b64s, b64u, uuid4, PREFIX

DIG = string.digits


# ------------------------------------------------------------------ check digits
def cas_check(body):
    digits = body.replace("-", "")
    return sum((i + 1) * int(d) for i, d in enumerate(reversed(digits))) % 10


def cas_number(r):
    a = str(r.randint(50, 99999))
    b = "%02d" % r.randint(0, 99)
    return "%s-%s-%d" % (a, b, cas_check(a + b))


def gs1_check(body):
    s = 0
    for i, d in enumerate(reversed(body)):
        s += int(d) * (3 if i % 2 == 0 else 1)
    return (10 - s % 10) % 10


def gtin(r, n):
    body = rs(r, DIG, n - 1)
    return body + str(gs1_check(body))


def iso7064_11_10(body):
    p = 10
    for d in body:
        s = (p + int(d)) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    return (11 - p) % 10


def stock_number(r):
    body = rs(r, DIG, 9)
    return body + str(iso7064_11_10(body))


def crc16_modbus(data):
    crc = 0xFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return bytes([crc & 0xFF, crc >> 8])


def modbus_frame(r):
    body = bytes([r.randint(1, 8), 3]) + r.randint(0, 0x00FF).to_bytes(2, "big") + r.randint(1, 8).to_bytes(2, "big")
    return (body + crc16_modbus(body)).hex(" ").upper()


# ------------------------------------------------------------------ base kinds
def k_controller_inventory_csv(r):
    rows = ["kiln,controller,serial,firmware,installed"]
    for i in range(3):
        rows.append("K%d,%s,%s-%s-%07d,v%d.%d.%d+g%s,2024-%02d-%02d" % (
            i + 1, r.choice(["Genesis", "TAP II", "Sentry Xpress", "KM-1"]), r.choice(["BTL", "SKT", "PGN"]),
            r.choice(["G2", "T2", "SX"]), r.randint(10 ** 5, 10 ** 7 - 1), r.randint(1, 4), r.randint(0, 20),
            r.randint(0, 9), rs(r, HEX, 7), r.randint(1, 12), r.randint(1, 28)))
    return "\n".join(rows) + "\n"


def k_firmware_update_log(r):
    return ("[ota] current=v%d.%d.%d build %s\n[ota] downloading kilnctl-%s.bin (%d bytes)\n[ota] image id %s ok, rebooting\n" % (
        r.randint(1, 4), r.randint(0, 20), r.randint(0, 9), rs(r, HEX, 12), rs(r, HEX, 8), r.randint(600000, 1800000),
        rs(r, UPALNUM, 16)))


def k_cone_chart_md(r):
    rows = ["| cone | °C at 60°C/h | program |", "|---|---|---|"]
    for c in r.sample(["022", "018", "010", "06", "05", "04", "1", "5", "6", "10"], 4):
        rows.append("| %s | %d | P%02d-%s |" % (c, r.randint(600, 1300), r.randint(1, 40), r.choice(["SLOWBSQ", "FASTGLZ", "CRYSTAL", "RAKU", "LUSTRE"])))
    return "\n".join(rows) + "\n"


def k_firing_program_txt(r):
    segs = "\n".join("  %d  %4d C/h  %4d C  hold %02d" % (i + 1, r.choice([60, 80, 100, 150, 222, 333]), r.randint(500, 1300), r.randint(0, 30)) for i in range(4))
    return "PROGRAM %02d  name=%s  checksum=%s\n%s\n" % (r.randint(1, 32), r.choice(["cone6-slow", "bisque04", "fuse-full", "anneal-boro"]), rs(r, "0123456789ABCDEF", 4), segs)


def k_material_inventory_csv(r):
    rows = ["material,cas,lot,kg"]
    for m in r.sample(["Silica", "Kaolin", "Whiting", "Talc", "Zinc oxide", "Rutile", "Cobalt carbonate", "Tin oxide"], 4):
        rows.append("%s,%s,LOT-%s,%d" % (m, cas_number(r), rs(r, UPALNUM, 8), r.randint(1, 50)))
    return "\n".join(rows) + "\n"


def k_batch_sheet_header(r):
    return "Batch sheet %s  glaze: %s\nCAS %s / %s  lot %s\nmixed by %s, sieved 80 mesh\n" % (
        rs(r, DIG, 6), r.choice(["Celadon 3", "Tenmoku", "Shino", "Satin White"]), cas_number(r), cas_number(r),
        rs(r, UPALNUM, 10), r.choice(["JB", "MK", "PS"]))


def k_supplier_price_list(r):
    rows = ["sku,gtin,description,price"]
    for d in r.sample(["Stoneware 25kg", "Porcelain 12.5kg", "Cone pack 6", "Kiln wash 1kg", "Boro rod 10mm", "Frit 1kg"], 3):
        rows.append("%s,%s,%s,%.2f" % (rs(r, UPALNUM, 6), gtin(r, 14), d, r.uniform(4, 80)))
    return "\n".join(rows) + "\n"


def k_delivery_note_scan(r):
    return "DELIVERY NOTE %s\nitem EAN-8 %s  qty %d\nitem GTIN %s  qty %d\nsigned: ____\n" % (
        rs(r, DIG, 7), gtin(r, 8), r.randint(1, 20), gtin(r, 14), r.randint(1, 5))


def k_booking_confirmation(r):
    return ("Thanks for booking a taster session!\nBooking ref: TS-2026-%04d\nOrder id: %s\nWheel %d, %s at 18:30\n" % (
        r.randint(1, 9999), uuid4(r), r.randint(1, 8), r.choice(["Tuesday", "Thursday", "Saturday"])))


def k_orders_export_json(r):
    return json.dumps({"orders": [{"id": uuid4(r), "ref": "BO-%05d" % r.randint(1, 99999), "status": r.choice(["glazing", "firing", "ready"]),
                                   "customer_id": "cus_" + rs(r, DIG, 6)} for _ in range(2)]}, indent=1) + "\n"


def k_gallery_stock_csv(r):
    rows = ["stock_no,artist,title,price"]
    for _ in range(3):
        rows.append("%s,%s,%s,%d" % (stock_number(r), r.choice(["J. Okafor", "M. Lind", "A. Reyes"]), r.choice(["Moon jar", "Raku bowl", "Blown vessel", "Forged hook"]), r.randint(40, 900)))
    return "\n".join(rows) + "\n"


def k_consignment_labels(r):
    return "".join("[ %s ]  %s  consign %s\n" % (stock_number(r), r.choice(["vase", "bowl", "knife", "paperweight"]), r.choice(["60/40", "70/30"])) for _ in range(3))


def k_modbus_trace(r):
    return "".join("%s  TX  %s\n" % ("12:%02d:%02d" % (r.randint(0, 59), r.randint(0, 59)), modbus_frame(r)) for _ in range(3))


def k_register_map_yaml(r):
    return "registers:\n" + "".join("  - name: %s\n    address: 0x%04X\n    type: int16\n" % (n, r.randint(0, 0x0FFF)) for n in r.sample(["tc1_temp", "tc2_temp", "setpoint", "segment", "relay_state"], 3))


def k_sha256sums(r):
    return "".join("%s  kilnctl-%d.%d.%d.bin\n" % (hashlib.sha256(rbytes(r, 64)).hexdigest(), r.randint(1, 4), r.randint(0, 20), r.randint(0, 9)) for _ in range(3))


def k_git_log(r):
    return "".join("%s %s\n" % (hashlib.sha1(rbytes(r, 32)).hexdigest()[:r.choice([7, 10, 40])], m) for m in r.sample(["fix ramp overshoot", "add cone 5 preset", "bump mqtt lib", "door panel: debounce", "gallery: price rounding"], 3))


def k_shop_embed_html(r):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>const stripe = Stripe("pk_live_51%s");</script>\n'
            '<div class="cf-turnstile" data-sitekey="0x4AAAAAAA%s"></div>\n' % (rs(r, ALNUM, 97), rs(r, B64URL, 14)))


def k_booking_widget_js(r):
    return ("window.studioConfig = {\n  squareApplicationId: 'sq0idp-%s',\n  recaptchaSiteKey: '6L%sAAAAA%s',\n"
            "  shopifyStorefrontToken: '%s',\n  klaviyoCompanyId: '%s',\n};\n" % (rs(r, B64URL, 22), rs(r, B64URL, 6), rs(r, B64URL, 27), rs(r, HEX, 32), rs(r, ALNUM, 6)))


ENV_PLACEHOLDER_LINES = [
    "KILN_PORTAL_PASSWORD=",
    "TELEMETRY_INGEST_TOKEN=fti_<30 base62 + 6 check chars>",
    "GALLERY_POS_API_KEY=gpk_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_XXXX",
    "MQTT_TLS_PSK=00000000000000000000000000000000",
    "BOOKING_WEBHOOK_SECRET=cbw1.REPLACE_ME",
    "DOOR_PANEL_PASSWORD=changeme",
    "CONSIGNMENT_SYNC_HMAC_KEY=${CONSIGNMENT_SYNC_HMAC_KEY:?set in CI}",
    "GLAZE_DB_PASSWORD=<your-glaze-db-password>",
    "MEMBER_SESSION_JWT=# issued at login, never set by hand",
    "CONSIGNMENT_LEDGER_PASSWORD=\"\"",
    "COMMISSION_TRACKER_PASSWORD=${COMMISSION_TRACKER_PASSWORD}",
    "BOOKING_ADMIN_PASSWORD=<ask the studio manager>",
]


def k_env_sample(r):
    lines = r.sample(ENV_PLACEHOLDER_LINES, r.randint(3, 5))
    return "# %s – copy to .env and fill in\n" % r.choice([".env.sample", ".env.example", "env.template"]) + "\n".join(lines) + "\n"


def k_setup_guide_md(r):
    return ("## Connecting the kiln bridge\n1. Set `MQTT_TLS_PSK` to the 32-hex key printed on the controller label (looks like `%s`).\n"
            "2. Put the ingest token (`fti_…`) into the vault, never into git.\n3. Test with `kilnctl ping --host kiln-ctl-%02d`.\n" % ("X" * 32, r.randint(1, 9)))


def k_kiln_bridge_debug_log(r):
    return ("DEBUG mqtt connect host=mqtt.moltenmarver.lan user=kiln-%02d psk=******** tls=1.2\nDEBUG telemetry POST /write token=fti_****%s status=204\n" % (
        r.randint(1, 9), rs(r, B62, 4)))


def k_rails_filtered_log(r):
    return ('Started POST "/admin/session" for 10.20.0.%d\n  Parameters: {"login"=>"frontdesk", "password"=>"[FILTERED]", "gallery_pos_api_key"=>"[FILTERED]"}\nCompleted 302 Found in %dms\n' % (
        r.randint(2, 250), r.randint(20, 400)))


def k_systemd_credentials(r):
    return ("[Service]\nLoadCredential=kiln-psk:/etc/credstore/kiln-psk\nLoadCredentialEncrypted=door-panel:/etc/credstore.encrypted/door-panel\n"
            "Environment=KILN_PSK_PATH=%%d/kiln-psk\nExecStart=/opt/kiln-bridge/bin/bridge --instance %d\n" % r.randint(1, 9))


def k_compose_env_refs(r):
    return ("services:\n  bookings:\n    environment:\n      BOOKING_ADMIN_PASSWORD_FILE: /run/secrets/booking_admin\n"
            "      GALLERY_POS_API_KEY: ${{ secrets.GALLERY_POS_API_KEY }}\n      KILN_PORTAL_PASSWORD: op://Studio/Kiln portal/password\n"
            "      GLAZE_DB_PASSWORD: vault:secret/data/glaze-db#password\n    image: ghcr.io/claycove/bookings:%d.%d\n" % (r.randint(1, 5), r.randint(0, 20)))


def _armor(r, n):
    body = b64s(rbytes(r, n))
    return "\n".join(body[i:i + 64] for i in range(0, len(body), 64))


def k_age_armored(r):
    return "-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----\n" % _armor(r, 180)


def k_pgp_email(r):
    return "Subject: kiln portal handover (encrypted)\n\n-----BEGIN PGP MESSAGE-----\n\n%s\n=%s\n-----END PGP MESSAGE-----\n" % (_armor(r, 200), b64s(rbytes(r, 3)))


BCRYPT_ALPHA = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits


def k_staff_dump_sql(r):
    return "".join("INSERT INTO staff (login, password) VALUES ('%s', '$2b$12$%s');\n" % (u, rs(r, BCRYPT_ALPHA, 53)) for u in r.sample(["frontdesk", "maya", "tom", "kilntech", "gaffer"], 2))


def k_members_export_jsonl(r):
    return "".join(json.dumps({"member": "M-%04d" % r.randint(1, 9999), "password_hash": "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (
        b64s(rbytes(r, 16)).rstrip("="), b64s(rbytes(r, 32)).rstrip("="))}) + "\n" for _ in range(2))


HANDBOOK_SENTENCES = [
    "Use a passphrase of four or more words for the kiln portal and change it when a technician leaves.",
    "Never write a password on the kiln-room whiteboard or the firing log.",
    "The studio manager keeps every shared password in the password manager.",
    "If you forget the door-panel password, ask the studio manager – do not reset the panel yourself.",
    "Passwords are never sent by SMS, e-mail or the members' WhatsApp group.",
    "Turn on two-factor login for the booking system before your first shift.",
    "The gallery till locks after two minutes; your PIN is personal and is not written down.",
    "When a volunteer leaves, rotate the kiln portal password the same day.",
]


def k_handbook_it(r):
    return "Passwords and logins\n" + " ".join(r.sample(HANDBOOK_SENTENCES, 3)) + "\n(handbook rev %d)\n" % r.randint(3, 19)


def k_induction_checklist(r):
    return ("Induction checklist\n[ ] shown the kiln logbook\n[ ] told where the password manager is (not the password!)\n[ ] knows two-factor login for the booking system\n[ ] fire blanket and gloves – %s\n" % r.choice(["done", "booked", "n/a"]))


def k_stripe_webhook_log(r):
    t = 1767225600 + r.randint(0, 9000000)
    sig = hmac.new(rbytes(r, 32), (str(t) + ".{}").encode(), hashlib.sha256).hexdigest()
    return "POST /webhooks/stripe 200\nStripe-Signature: t=%d,v1=%s\nIdempotency-Key: %s\n" % (t, sig, uuid4(r))


def k_square_retry_note(r):
    sig = b64s(hmac.new(rbytes(r, 32), rbytes(r, 40), hashlib.sha256).digest())
    return "Square retried the webhook 3x; header x-square-hmacsha256-signature: %s\nevent_id %s – signature verified fine after clock fix.\n" % (sig, uuid4(r))


def k_jwks(r):
    return json.dumps({"keys": [{"kty": "RSA", "kid": "mbr-" + rs(r, LOWALNUM, 6), "use": "sig", "alg": "RS256", "e": "AQAB", "n": b64u(rbytes(r, 256))},
                                {"kty": "OKP", "crv": "Ed25519", "kid": "mbr-" + rs(r, LOWALNUM, 6), "x": b64u(rbytes(r, 32))}]}, indent=1) + "\n"


def k_ca_fingerprint_note(r):
    fp = hashlib.sha256(rbytes(r, 64)).hexdigest().upper()
    return "MQTT broker CA (public, safe to share)\nSHA256 Fingerprint=%s\nvalid until 2031-%02d-01\n" % (":".join(fp[i:i + 2] for i in range(0, 64, 2)), r.randint(1, 12))


def k_guest_wifi_qr(r):
    return "Guest Wi-Fi QR payload: WIFI:S:%s-Guest;T:nopass;H:false;;\nprinted on the gallery counter card #%d\n" % (r.choice(["Emberworks", "ClayCove", "MoltenMarver"]), r.randint(1, 40))


def k_ap_scan(r):
    rows = ["BSSID              SSID                 CH  SIGNAL  SECURITY"]
    for s in r.sample(["Emberworks-KilnRoom", "Emberworks-Guest", "ClayCove-Members", "AnvilYard-Forge"], 3):
        mac = ":".join("%02X" % r.randint(0, 255) for _ in range(6))
        rows.append("%s  %-20s %2d  %3d     %s" % (mac, s, r.choice([1, 6, 11, 36, 44]), r.randint(20, 90), r.choice(["WPA2", "WPA3", "--"])))
    return "\n".join(rows) + "\n"


def k_fair_pitch_csv(r):
    rows = ["trader,pitch,licence,pli_policy"]
    for t in r.sample(["Emberworks Ceramics", "Molten Marver Glass", "Anvil Yard Forge", "Clay Cove"], 3):
        rows.append("%s,%s%d,STL/2026/%04d,PLI-%s" % (t, r.choice("ABCDEF"), r.randint(1, 60), r.randint(1, 9999), rs(r, UPALNUM, 9)))
    return "\n".join(rows) + "\n"


def k_trader_licence_letter(r):
    return ("Dear trader,\nYour street trading consent STL/2026/%04d covers pitch %s%d at the spring craft fair.\nReference for payment: CF26-%s\n" % (
        r.randint(1, 9999), r.choice("ABCDEF"), r.randint(1, 60), rs(r, UPALNUM, 8)))


CLASSES = [
    ("kiln_controller_serials_and_firmware_builds", "controller serial numbers, firmware versions, build ids and short commit hashes",
     [("controller_inventory_csv", k_controller_inventory_csv), ("firmware_update_log", k_firmware_update_log)]),
    ("pyrometric_cone_and_firing_program_codes", "cone numbers, temperatures, program codes and 4-hex program checksums",
     [("cone_chart_excerpt_md", k_cone_chart_md), ("firing_program_export_txt", k_firing_program_txt)]),
    ("glaze_material_cas_numbers_checked", "CAS registry numbers of glaze materials with a real CAS check digit, lot numbers",
     [("material_safety_inventory_csv", k_material_inventory_csv), ("batch_sheet_header_txt", k_batch_sheet_header)]),
    ("supplier_gtin14_and_ean8_codes", "GTIN-14 and EAN-8 supplier codes with real GS1 check digits",
     [("supplier_price_list_csv", k_supplier_price_list), ("delivery_note_scan_txt", k_delivery_note_scan)]),
    ("class_booking_refs_and_order_uuids", "booking and order references, UUIDv4 order ids, customer ids",
     [("taster_booking_confirmation_email", k_booking_confirmation), ("bespoke_orders_export_json", k_orders_export_json)]),
    ("artwork_stock_numbers_iso7064_checked", "10-digit gallery stock numbers with a real ISO 7064 MOD 11,10 check digit",
     [("gallery_stock_register_csv", k_gallery_stock_csv), ("consignment_label_sheet_txt", k_consignment_labels)]),
    ("modbus_frames_and_register_maps", "Modbus RTU frames with a real CRC-16/MODBUS, register addresses",
     [("modbus_rtu_trace_log", k_modbus_trace), ("thermocouple_register_map_yaml", k_register_map_yaml)]),
    ("firmware_image_and_commit_digests", "SHA-256 firmware digests and SHA-1 commit ids (real digests of random bytes)",
     [("release_sha256sums_txt", k_sha256sums), ("git_log_oneline_excerpt", k_git_log)]),
    ("publishable_storefront_and_widget_keys", "Stripe `pk_live_`, Turnstile and reCAPTCHA site keys, Square `sq0idp-` application id, Shopify Storefront token, Klaviyo company id",
     [("shop_embed_html_snippet", k_shop_embed_html), ("booking_widget_public_config_js", k_booking_widget_js)]),
    ("studio_env_template_placeholders", "`fti_<…>`, `gpk_live_XXXX…`, `cbw1.REPLACE_ME`, an all-zero PSK, `changeme`, `${…:?…}`, `<your-…>`, empty values, `XXXX…`",
     [("env_sample_file", k_env_sample), ("kiln_bridge_setup_guide_md", k_setup_guide_md)]),
    ("masked_values_in_kiln_logs", "stars, `fti_****` + 4-character tail, Rails `[FILTERED]`",
     [("kiln_bridge_debug_log", k_kiln_bridge_debug_log), ("rails_filtered_params_log", k_rails_filtered_log)]),
    ("secret_pointers_in_studio_infra", "systemd `LoadCredential=`, `_FILE` paths, `${{ secrets.… }}`, `op://` and `vault:` pointers",
     [("systemd_credentials_unit", k_systemd_credentials), ("compose_environment_refs", k_compose_env_refs)]),
    ("age_and_pgp_armored_ciphertext", "age and OpenPGP armoured messages (random bytes in the right frame)",
     [("age_armored_secret_file", k_age_armored), ("pgp_encrypted_email_body", k_pgp_email)]),
    ("bcrypt_and_argon2_hash_strings", "`$2b$12$` bcrypt and `$argon2id$` strings (random in frame; the column is called password, a trap)",
     [("staff_table_dump_sql", k_staff_dump_sql), ("members_export_jsonl", k_members_export_jsonl)]),
    ("password_talk_in_studio_handbook", "handbook and induction text about passwords with no password in it",
     [("studio_handbook_it_section", k_handbook_it), ("technician_induction_checklist", k_induction_checklist)]),
    ("webhook_signatures_and_idempotency_keys", "Stripe `v1=` and Square HMAC signatures (real HMAC-SHA256 under discarded keys), Idempotency-Key UUIDv4s",
     [("stripe_webhook_delivery_log", k_stripe_webhook_log), ("square_webhook_retry_note", k_square_retry_note)]),
    ("jwks_and_certificate_fingerprints", "JWKS public keys (RSA `n`, Ed25519 `x`) and CA certificate SHA-256 fingerprints",
     [("member_portal_jwks_json", k_jwks), ("mqtt_broker_ca_fingerprint_note", k_ca_fingerprint_note)]),
    ("wifi_ssids_and_open_network_qr", "SSIDs, BSSIDs and a `WIFI:…;T:nopass;;` guest QR payload",
     [("guest_wifi_qr_payload", k_guest_wifi_qr), ("access_point_scan_output", k_ap_scan)]),
    ("craft_fair_pitch_and_licence_numbers", "pitch numbers, street-trading consent numbers, insurance policy and payment references",
     [("fair_pitch_allocation_csv", k_fair_pitch_csv), ("trader_consent_letter", k_trader_licence_letter)]),
]

WRAPPERS = [
    ("", lambda t: t),
    ("in_kiln_room_signal_note", lambda t: "Signal note to self (kiln room):\n" + t),
    ("in_studio_gitea_issue", lambda t: "Gitea issue #%s – does this need rotating?\n```\n" + t + "```\nAnswer: no, nothing secret here.\n"),
    ("in_supplier_invoice_email", lambda t: "From: accounts@supplier.example\nSubject: Re: your order\n\n" + t + "\nKind regards,\nAccounts\n"),
    ("in_potters_forum_post", lambda t: "Posted in Studio Tech & Kilns:\n> anyone seen this before?\n" + t),
]


def generate(registry_strings):
    rng = random.Random(SEEDS["negatives"])
    long_items = [s for s in registry_strings if len(s) >= 6]
    recs, seen = [], set()
    n = 1
    for cname, _, kinds in CLASSES:
        for kname, fn in kinds:
            for wname, wfn in WRAPPERS:
                for _ in range(100):
                    t = wfn(fn(rng))
                    if "%s" in t:
                        t = t.replace("%s", str(rng.randint(100, 999)), 1)
                    if t in seen or any(s in t for s in long_items):
                        continue
                    break
                else:
                    raise RuntimeError("negative redraw failed")
                seen.add(t)
                cont = kname + ("__" + wname if wname else "")
                recs.append({"id": "%s-n-%04d" % (PREFIX, n), "class": cname, "container": cont, "text": t, "source": "negative"})
                n += 1
    return recs
