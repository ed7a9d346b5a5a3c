"""Hard negatives of the escape-room world: texts with no secret that look like they might hold one."""
import hashlib
import json
import random

from common232 import (ALNUM, LALNUM, UALNUM, HEXL, HEXU, B64U, B64S, DIGITS, LOWER, UPPER, rs, uuid4,
                       rbytes, b64, b64u_nopad, isbn13_digit, iban_make, PW_STRICT_SEARCH, UUID_RE,
                       uuid_v4_ok)

SEED = 23206
HOSTS = ["lockstep-escapes.example", "cipherhall-rooms.example", "lanternworks-theatre.example",
         "midnight-hunt.example"]
ROOMS = ["Pharaoh's Tomb", "The Submarine", "Victorian Laboratory", "Haunted Manor", "Bank Heist",
         "Clocktower", "Pirate Cove", "Cellblock 9"]
PEOPLE = ["Aisha", "Tom", "Priya", "Dan", "Mei", "Oskar", "Lena", "Ravi"]

# ------------------------------------------------------------------ X25519 (RFC 7748) for real public keys
_P = 2 ** 255 - 19
_A24 = 121665


def _x25519(k, u=9):
    k = bytearray(k)
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    k = int.from_bytes(k, "little")
    x1, x2, z2, x3, z3, swap = u, 1, 0, u, 1, 0
    for t in reversed(range(255)):
        kt = (k >> t) & 1
        swap ^= kt
        if swap:
            x2, x3, z2, z3 = x3, x2, z3, z2
        swap = kt
        a = (x2 + z2) % _P; aa = a * a % _P; b = (x2 - z2) % _P; bb = b * b % _P
        e = (aa - bb) % _P; c = (x3 + z3) % _P; d = (x3 - z3) % _P
        da = d * a % _P; cb = c * b % _P
        x3 = (da + cb) ** 2 % _P; z3 = x1 * (da - cb) ** 2 % _P
        x2 = aa * bb % _P; z2 = e * (aa + _A24 * e) % _P
    if swap:
        x2, x3, z2, z3 = x3, x2, z3, z2
    return (x2 * pow(z2, _P - 2, _P) % _P).to_bytes(32, "little")


def wg_pub(r):
    return b64(_x25519(rbytes(r, 32)))


def mac(r):
    return ":".join(rs(r, HEXU, 2) for _ in range(6))


def isbn(r):
    d = "978" + rs(r, DIGITS, 9)
    return d + isbn13_digit(d)


def isbn_fmt(s):
    return "%s-%s-%s-%s-%s" % (s[:3], s[3], s[4:8], s[8:12], s[12])


def iban(r):
    return iban_make("GB", rs(r, UPPER, 4) + rs(r, DIGITS, 14))


def iban_fmt(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ------------------------------------------------------------------ base kinds
def k_booking_confirmation_email(r):
    return ("Subject: Your escape is booked – %s\n\nBooking reference: LSE-%s-%s\nRoom: %s\nPlayers: %d\n"
            "Order no.: %s\nPaid: £%d.00 (card ending %s)\nPlease arrive 15 minutes early. Reply to this e-mail to change your slot."
            % (r.choice(ROOMS), r.choice(["2025", "2026"]), rs(r, UALNUM, 6), r.choice(ROOMS), r.randint(2, 8),
               rs(r, DIGITS, 8), r.randint(60, 180), rs(r, DIGITS, 4)))


def k_invoice_footer_block(r):
    return ("Invoice INV-%s | Due in 14 days\nLockstep Escapes Ltd · Company no. %s · VAT reg. GB %s %s %s\n"
            "Customer account %s · PO %s" % (rs(r, DIGITS, 6), rs(r, DIGITS, 8), rs(r, DIGITS, 3), rs(r, DIGITS, 4),
                                              rs(r, DIGITS, 2), "CA-" + rs(r, DIGITS, 5), "PO" + rs(r, DIGITS, 7)))


def k_prop_inventory_csv(r):
    rows = ["prop,board,serial,mac,firmware"]
    for _ in range(4):
        rows.append("%s,%s,%s,%s,v%d.%d.%d" % (r.choice(["sarcophagus", "periscope", "bookcase", "orrery", "safe dial", "organ"]),
                                               r.choice(["ESP32-WROOM-32E", "RP2040", "ATmega2560", "STM32F411"]),
                                               rs(r, UALNUM, 12), mac(r), r.randint(0, 3), r.randint(0, 19), r.randint(0, 9)))
    return "\n".join(rows)


def k_maintenance_visit_log(r):
    return ("Visit %s – %s\nReplaced relay board S/N %s (old S/N %s). Maglock PSU serial %s.\n"
            "Controller MAC now %s, DHCP reservation updated. Firmware build %s."
            % (rs(r, DIGITS, 5), r.choice(ROOMS), rs(r, UALNUM, 10), rs(r, UALNUM, 10), "PSU" + rs(r, DIGITS, 9),
               mac(r), rs(r, HEXL, 7)))


def k_nfc_tools_scan_export(r):
    uid = ":".join(["04"] + [rs(r, HEXU, 2) for _ in range(6)])
    return ("Tag type: NTAG215\nSerial number: %s\nATQA: 0x0044  SAK: 0x00\nMemory: 504 bytes\n"
            "NDEF record 1: text/plain \"%s\"\nWritable: no (locked)" % (uid, r.choice(["amulet", "scarab", "key card", "tarot"])))


def k_rfid_reader_serial_log(r):
    lines = []
    for _ in range(4):
        lines.append("[reader%d] UID=%s len=4 slot=%d match=%s" % (r.randint(1, 4), rs(r, HEXU, 8), r.randint(1, 6),
                                                                    r.choice(["yes", "no"])))
    return "\n".join(lines)


def k_gift_shop_stock_list(r):
    rows = ["Title | ISBN | Qty | Price"]
    for t in r.sample(["Cryptic Crosswords Vol. 3", "The Escape Book", "Lateral Thinking Puzzles", "Codebreaker's Handbook",
                       "Logic Grid Collection", "Mensa Brain Teasers"], 3):
        rows.append("%s | %s | %d | £%d.99" % (t, isbn_fmt(isbn(r)), r.randint(1, 12), r.randint(6, 19)))
    return "\n".join(rows)


def k_puzzle_book_order_email(r):
    return ("Hi, please reorder: ISBN %s (x%d) and ISBN %s (x%d) for the shop. Our trade account is %s. Thanks!"
            % (isbn(r), r.randint(2, 10), isbn(r), r.randint(2, 10), "TR" + rs(r, DIGITS, 6)))


def _ans_hash(r):
    word = r.choice(["LANTERN", "ORRERY", "SEXTANT", "MERIDIAN", "OBELISK", "PENDULUM", "QUILL", "ZEPHYR"])
    return hashlib.sha256((rs(r, LOWER, 8) + word).encode()).hexdigest()


def k_hunt_site_answers_json(r):
    items = [{"puzzle": "r%d-p%d" % (r.randint(1, 7), r.randint(1, 9)), "salt_id": r.randint(1, 9),
              "digest": _ans_hash(r)} for _ in range(3)]
    return json.dumps({"round": r.randint(1, 7), "answers": items}, indent=2)


def k_answer_checker_js_bundle(r):
    return ("/* answer-checker.min.js – public, served to every team */\nconst H={%s};"
            "function chk(p,a){return sha256(S[p]+a.toUpperCase())===H[p]}"
            % ",".join("p%d:\"%s\"" % (i, _ans_hash(r)) for i in range(1, 4)))


def k_booking_page_html_snippet(r):
    return ("<form id=\"book\">\n  <div class=\"g-recaptcha\" data-sitekey=\"6L%s\"></div>\n"
            "  <div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA%s\"></div>\n</form>\n"
            "<script>const stripe = Stripe('pk_live_51%s');</script>" % (rs(r, B64U, 38), rs(r, B64U, 12), rs(r, ALNUM, 97)))


def k_widget_embed_config_json(r):
    return json.dumps({"venue": r.choice(HOSTS), "stripePublishableKey": "pk_live_51" + rs(r, ALNUM, 97),
                       "hcaptchaSiteKey": uuid4(r), "langfusePublicKey": "pk-lf-" + uuid4(r),
                       "posthogProjectKey": "phc_" + rs(r, ALNUM, 43)}, indent=2)


def k_integration_guide_markdown(r):
    return ("## Connecting the booking site\n\n1. Create a key in the dashboard.\n2. Put it in `.env`:\n\n"
            "```\nSENDGRID_MAIL_SEND_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
            "STRIPE_RESTRICTED_LIVE_KEY=rk_live_...\nMAGLOCK_API_KEY=<your maglock key>\n```\n\n"
            "Never commit real values. Step %d of %d." % (r.randint(2, 4), r.randint(5, 8)))


def k_curl_example_block(r):
    return ("curl https://api.%s/v1/rooms \\\n  -H \"Authorization: Bearer YOUR_API_TOKEN\" \\\n"
            "  -H \"X-Webhook-Secret: whsec_REPLACE_ME\" \\\n  -d room_id=%d" % (r.choice(HOSTS), r.randint(1, 8)))


ENV_KEYS = ["BOOKING_ADMIN_PASSWORD", "GM_CONSOLE_PASSWORD", "MAGLOCK_API_KEY", "WIDGET_API_KEY",
            "ANSWER_WEBHOOK_SECRET", "GAME_STATE_JWT", "SECRET_KEY", "WG_PRIVATE_KEY", "BOOKEO_API_SECRET_KEY",
            "STRIPE_WEBHOOK_ENDPOINT_SECRET", "ELEVENLABS_API_KEY", "TWILIO_API_KEY_SECRET"]


def k_env_sample_file(r):
    vals = ["", "changeme", "<fill me in>", "${%s:?missing}", "xxxxxxxx", "\"\""]
    out = ["# .env.sample – copy to .env and fill in"]
    for k in r.sample(ENV_KEYS, 5):
        v = r.choice(vals)
        out.append("%s=%s" % (k, v % k if "%s" in v else v))
    return "\n".join(out)


def k_setup_wiki_section(r):
    ks = r.sample(ENV_KEYS, 3)
    return ("### Local setup\nAsk the venue manager for %s, %s and %s – they live in the Bitwarden "
            "collection \"Venue / Dev\". Leave them blank for the demo mode; the app then uses fake rooms."
            % tuple("`%s`" % k for k in ks))


def k_booking_support_chat_masked(r):
    return ("Customer: I pasted my key but it says invalid\nAgent: I can see the key ending in …%s "
            "(shown as sk_live_••••••••••%s). It was rolled on %d Oct, please create a new one."
            % (rs(r, LALNUM, 4), rs(r, LALNUM, 4), r.randint(1, 28)))


def k_ci_job_log_masked(r):
    return ("$ ./deploy.sh --env production\n[deploy] MAGLOCK_API_KEY=***\n[deploy] SECRET_KEY=[MASKED]\n"
            "[deploy] ELEVENLABS_API_KEY=sk_****************\n[deploy] done in %d.%ds" % (r.randint(10, 90), r.randint(0, 9)))


def k_k8s_secretkeyref_yaml(r):
    return ("env:\n  - name: MAGLOCK_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: props-%s\n"
            "        key: maglock-api-key\n  - name: SECRET_KEY\n    valueFrom:\n      secretKeyRef: { name: booking, key: django-secret }"
            % rs(r, LOWER, 5))


def k_terraform_data_source_refs(r):
    return ("data \"aws_secretsmanager_secret_version\" \"bookeo\" {\n  secret_id = \"arn:aws:secretsmanager:eu-west-2:%s:secret:venue/bookeo-%s\"\n}\n"
            "# GitHub Actions: ${{ secrets.ANSWER_WEBHOOK_SECRET }}\n# 1Password: op://Venue/GM Console/credential\n"
            "# Vault: vault:secret/data/venue/props#maglock" % (rs(r, DIGITS, 12), rs(r, ALNUM, 6)))


def k_booking_users_sql_dump(r):
    rows = []
    for _ in range(3):
        rows.append("('%s@%s', '$argon2id$v=19$m=65536,t=3,p=4$%s$%s')" % (r.choice(PEOPLE).lower(), r.choice(HOSTS),
                                                                        b64(rbytes(r, 16)).rstrip("="), b64(rbytes(r, 32)).rstrip("=")))
    return "INSERT INTO staff (email, password) VALUES\n" + ",\n".join(rows) + ";"


def k_django_auth_user_fixture(r):
    return json.dumps([{"model": "auth.user", "pk": r.randint(1, 40), "fields": {
        "username": r.choice(PEOPLE).lower(), "is_staff": True,
        "password": "pbkdf2_sha256$870000$%s$%s" % (rs(r, ALNUM, 22), b64(rbytes(r, 32)))}}], indent=2)


def k_sops_encrypted_yaml(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(r, n)), b64(rbytes(r, 32)), b64(rbytes(r, 16)))
    return ("maglock_api_key: %s\nsecret_key: %s\nsops:\n  age:\n    - recipient: age1%s\n  lastmodified: \"2025-10-%02dT09:14:02Z\"\n  version: 3.9.1"
            % (enc(38), enc(50), rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), r.randint(1, 28)))


def k_sealed_secret_manifest(r):
    return ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: booking\nspec:\n  encryptedData:\n"
            "    SECRET_KEY: AgB%s\n    WIDGET_API_KEY: AgC%s" % (b64(rbytes(r, 300)), b64(rbytes(r, 300))))


def k_wg_show_output(r):
    return ("interface: wg0\n  public key: %s\n  private key: (hidden)\n  listening port: 51820\n\n"
            "peer: %s\n  endpoint: 81.2.%d.%d:51820\n  allowed ips: 10.99.0.%d/32\n  latest handshake: %d seconds ago"
            % (wg_pub(r), wg_pub(r), r.randint(1, 254), r.randint(1, 254), r.randint(2, 50), r.randint(3, 59)))


def k_peer_config_public_section(r):
    return ("# support laptop peer (public half only – safe to share)\n[Peer]\nPublicKey = %s\nAllowedIPs = 10.99.0.%d/32\n"
            "Endpoint = vpn.%s:51820\nPersistentKeepalive = 25" % (wg_pub(r), r.randint(2, 50), r.choice(HOSTS)))


def k_jwks_json_endpoint(r):
    return json.dumps({"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(r, B64U, 16),
                                 "n": b64u_nopad(rbytes(r, 256)), "e": "AQAB"}]}, indent=2)


def k_oidc_discovery_excerpt(r):
    h = r.choice(HOSTS)
    return json.dumps({"issuer": "https://auth.%s" % h, "jwks_uri": "https://auth.%s/.well-known/jwks.json" % h,
                       "id_token_signing_alg_values_supported": ["ES256"],
                       "example_key": {"kty": "EC", "crv": "P-256", "x": b64u_nopad(rbytes(r, 32)),
                                       "y": b64u_nopad(rbytes(r, 32)), "kid": rs(r, B64U, 12)}}, indent=2)


def k_gm_onboarding_handbook(r):
    return r.choice([
        "Passwords: every GM gets their own console login on day one. Never write it on the room-control monitor, never say it over the radio, and change it when a colleague leaves. If you forget yours, ask the duty manager – nobody will send it by text.",
        "The hint screen and the GM console use different passwords on purpose. Use the password manager for both; a sticky note behind the sarcophagus is not a password manager.",
    ]) + " (Handbook v%d.%d)" % (r.randint(1, 4), r.randint(0, 9))


def k_staff_meeting_minutes(r):
    return r.choice([
        "Minutes, %d Oct: agreed to rotate the prop-controller passwords every quarter. Tom will set a reminder; the new ones go straight into Bitwarden and are not read out in the meeting.",
        "Minutes, %d Oct: someone shared the booking admin password in the group chat again. Decision: group chat is off-limits for passwords, links to the vault only.",
    ]) % r.randint(1, 28)


def k_leaderboard_csv_export(r):
    rows = ["team,room,time,hints,game_id"]
    for t in r.sample(["The Red Herrings", "Lock Ness", "Clue Crew", "Escape Goats", "Key Masters"], 3):
        rows.append("%s,%s,%02d:%02d,%d,%s" % (t, r.choice(ROOMS), r.randint(38, 59), r.randint(0, 59), r.randint(0, 4), uuid4(r)))
    return "\n".join(rows)


def k_game_session_event_log(r):
    g = uuid4(r)
    return "\n".join("2025-10-%02dT19:%02d:%02dZ game=%s room=%d event=%s puzzle=P%d-%02d"
                     % (r.randint(1, 28), r.randint(0, 59), r.randint(0, 59), g, r.randint(1, 8),
                        r.choice(["clue_solved", "hint_sent", "door_open", "timer_pause"]), r.randint(1, 8), r.randint(1, 12))
                     for _ in range(3))


def k_dmx_universe_snapshot(r):
    return "Universe 1 (ch 1-48):\n" + "\n".join(" ".join("%03d" % r.randint(0, 255) for _ in range(16)) for _ in range(3))


def k_osc_monitor_capture(r):
    return "\n".join("%s:%d  /cue/%d/%s ,%s %s" % ("10.20.5.%d" % r.randint(10, 99), 53000, r.randint(1, 99),
                                                  r.choice(["go", "stop", "level"]), "f", "%.3f" % r.random())
                     for _ in range(4)) + "\nraw: " + " ".join(rs(r, HEXL, 2) for _ in range(24))


def k_supplier_invoice_bank_block(r):
    return ("Please pay to: Puzzle Props Workshop Ltd\nIBAN: %s\nBIC: %sGB2L\nSort code %s-%s-%s, account %s\nReference: INV %s"
            % (iban_fmt(iban(r)), rs(r, UPPER, 4), rs(r, DIGITS, 2), rs(r, DIGITS, 2), rs(r, DIGITS, 2), rs(r, DIGITS, 8), rs(r, DIGITS, 5)))


def k_payout_settings_screen_ocr(r):
    return ("PAYOUT SETTINGS\nAccount holder LOCKSTEP ESCAPES LTD\nIBAN %s\nPayout schedule Weekly (Mon)\nStatus Verified"
            % iban(r))


def k_room_design_doc_excerpt(r):
    return r.choice([
        "Puzzle 4 – the portrait. Players find the Caesar-shifted clue 'WKH FORFN LV ZURQJ' on the frame; it decodes to THE CLOCK IS WRONG and points them at the mantel clock (set it to 4:15 to drop the drawer).",
        "Puzzle 7 – the telegraph. The Morse tape reads -.-. .- -. -.. .-.. . (CANDLE); lighting the candle on the altar trips the reed switch that opens the crypt door.",
        "Puzzle 2 – the bookcase. Book spines carry the numbers 3, 1, 4, 1, 5; pushing them in that order releases the hidden door. This is an in-game puzzle answer printed on every briefing sheet.",
    ]) + " Reset time %d min." % r.randint(2, 9)


def k_puzzle_hunt_round_page(r):
    return r.choice([
        "Round 3, Puzzle 5: \"Grid Lock\" – Enumeration (6,4). Flavour text: the cartographer hid everything in plain sight. Answer submissions are case-insensitive; spaces ignored.",
        "Round 1 meta: take the first letters of the six feeder answers in the order of the orrery planets. Hint unlocks at T+%d hours." % r.randint(2, 9),
    ]) + " Puzzle id %s." % uuid4(r)


def k_stripe_webhook_event_log(r):
    return ("POST /webhooks/stripe 200\n{\"id\": \"evt_%s\", \"type\": \"payment_intent.succeeded\", \"livemode\": true,\n"
            " \"data\": {\"object\": {\"id\": \"pi_%s\", \"latest_charge\": \"ch_%s\", \"customer\": \"cus_%s\", \"amount\": %d}}}\n"
            "Idempotency-Key: %s" % (rs(r, ALNUM, 24), rs(r, ALNUM, 24), rs(r, ALNUM, 24), rs(r, ALNUM, 14), r.randint(5000, 20000), uuid4(r)))


def k_payment_dashboard_export(r):
    rows = ["id,amount,currency,status,customer"]
    for _ in range(3):
        rows.append("pi_%s,%d.00,gbp,succeeded,cus_%s" % (rs(r, ALNUM, 24), r.randint(60, 200), rs(r, ALNUM, 14)))
    return "\n".join(rows)


CLASSES = [
    ("booking_reference_and_invoice_numbers", "booking, order, invoice, company and account numbers", [k_booking_confirmation_email, k_invoice_footer_block]),
    ("prop_controller_serials_and_mac_addresses", "prop-controller board serials, MAC addresses, firmware builds", [k_prop_inventory_csv, k_maintenance_visit_log]),
    ("rfid_and_nfc_tag_uid_dumps", "NFC / RFID tag UIDs and reader logs of prop tokens", [k_nfc_tools_scan_export, k_rfid_reader_serial_log]),
    ("isbn13_puzzle_book_codes", "ISBN-13 codes with real check digits on puzzle books in the venue shop", [k_gift_shop_stock_list, k_puzzle_book_order_email]),
    ("answer_checker_sha256_digests", "real SHA-256 digests of salted hunt answers, shipped to every team", [k_hunt_site_answers_json, k_answer_checker_js_bundle]),
    ("public_captcha_and_widget_site_keys", "reCAPTCHA `6L…` and Turnstile `0x4AAAAAAA…` site keys, hCaptcha site key, Stripe `pk_live_51`, Langfuse `pk-lf-`, PostHog `phc_`", [k_booking_page_html_snippet, k_widget_embed_config_json]),
    ("sdk_placeholder_credentials", "`SG.xxxx…`, `rk_live_...`, `YOUR_API_TOKEN`, `whsec_REPLACE_ME`, `<your … key>` placeholders", [k_integration_guide_markdown, k_curl_example_block]),
    ("env_sample_blank_entries", "`.env.sample` lines and setup notes with this corpus's key names and blank / `changeme` / `${…:?missing}` values", [k_env_sample_file, k_setup_wiki_section]),
    ("masked_secrets_in_chat_and_ci", "`***`, `[MASKED]`, bullets and last-four displays", [k_booking_support_chat_masked, k_ci_job_log_masked]),
    ("secret_reference_placeholders", "Kubernetes `secretKeyRef`, Secrets Manager ARNs, `${{ secrets.X }}`, `op://` and `vault:` pointers", [k_k8s_secretkeyref_yaml, k_terraform_data_source_refs]),
    ("argon2id_and_django_pbkdf2_hashes", "`$argon2id$v=19$…` and Django `pbkdf2_sha256$870000$…` hashes (random in frame; the field is called password)", [k_booking_users_sql_dump, k_django_auth_user_fixture]),
    ("sops_and_sealed_secret_ciphertext", "SOPS `ENC[AES256_GCM,…]` values with an age recipient, Bitnami SealedSecret `encryptedData` (random bytes)", [k_sops_encrypted_yaml, k_sealed_secret_manifest]),
    ("wireguard_public_peer_keys", "WireGuard public keys (real X25519 public keys of discarded private keys), `wg show` with `(hidden)`", [k_wg_show_output, k_peer_config_public_section]),
    ("jwks_public_key_documents", "JWKS RSA moduli and EC coordinates, OIDC discovery (random bytes in frame)", [k_jwks_json_endpoint, k_oidc_discovery_excerpt]),
    ("gm_password_hygiene_prose", "handbook and minutes about passwords with no password in them", [k_gm_onboarding_handbook, k_staff_meeting_minutes]),
    ("game_timer_and_leaderboard_logs", "escape times, hint counts, UUIDv4 game ids and event logs", [k_leaderboard_csv_export, k_game_session_event_log]),
    ("dmx_and_osc_show_control_dumps", "DMX channel values, OSC cue messages and raw hex", [k_dmx_universe_snapshot, k_osc_monitor_capture]),
    ("iban_and_sort_code_payment_details", "GB IBANs with real ISO 7064 mod-97 check digits, BICs, sort codes", [k_supplier_invoice_bank_block, k_payout_settings_screen_ocr]),
    ("room_puzzle_cipher_clues", "in-game cipher clues, Morse tapes and puzzle answers (not credentials)", [k_room_design_doc_excerpt, k_puzzle_hunt_round_page]),
    ("payment_object_ids_in_webhook_logs", "Stripe `evt_` / `pi_` / `ch_` / `cus_` object ids and idempotency keys", [k_stripe_webhook_event_log, k_payment_dashboard_export]),
]
UNUSED_CLASSES = ["git_commit_and_image_digests"]

WRAPPERS = [
    ("", lambda b, r: b),
    ("in_venue_slack_channel", lambda b, r: "#ops  %s: can someone check this before opening?\n```\n%s\n```" % (r.choice(PEOPLE), b)),
    ("in_booking_helpdesk_ticket", lambda b, r: "Ticket #%s – internal note\n---\n%s\n---\nStatus: waiting on venue" % (rs(r, DIGITS, 5), b)),
    ("in_gm_email_thread", lambda b, r: (lambda who: "From: %s <%s@%s>\nSubject: Re: quick question\n\n%s\n\n-- \nsent from the front desk" % (
        who, who.lower(), r.choice(HOSTS), b))(r.choice(PEOPLE))),
    ("in_escape_room_owners_forum", lambda b, r: "Posted in Tech & Props › Re: is this safe to post?\n" + "\n".join("> " + l for l in b.split("\n")) +
     "\n\nYes, nothing sensitive there."),
]


def clean(text, registered):
    if PW_STRICT_SEARCH.search(text):
        return False
    for m in UUID_RE.finditer(text):
        if not uuid_v4_ok(m.group(0)):
            return False
    for s in registered:
        if len(s) >= 6 and s in text:
            return False
    return True


def build(reg):
    r = random.Random(SEED)
    recs = []
    seen = set()
    for cname, _desc, kinds in CLASSES:
        for kfn in kinds:
            kind = kfn.__name__[2:]
            for wname, wfn in WRAPPERS:
                for _ in range(200):
                    text = wfn(kfn(r), r)
                    if text not in seen and clean(text, reg.items):
                        break
                else:
                    raise RuntimeError("negative draw " + kind)
                seen.add(text)
                recs.append({"class": cname, "container": kind + ("__" + wname if wname else ""), "text": text,
                             "source": "negative"})
    return recs
