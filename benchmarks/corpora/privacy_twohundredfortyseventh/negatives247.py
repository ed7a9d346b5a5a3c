"""Hard negatives from the guesthouse world: no secret, but things that look like one."""
import hashlib
import json
import random

import common247 as C

GUESTS = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Kowalska", "Ferreira", "Novak", "O'Brien", "Haddad",
          "Schmidt", "Rossi", "Nguyen", "Dubois", "Petrov", "García", "Müller"]
PROPS = [("Pension Aurora", "pension-aurora.example"), ("Harbourview Hostel", "harbourview-hostel.example"),
         ("Old Mill B&B", "oldmill-bnb.example"), ("Casa Limoeiro", "casa-limoeiro.example"),
         ("Gasthof Lindenhof", "gasthof-lindenhof.example")]
BCRYPT = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def d(rng, n):
    return C.rs(rng, C.DIGITS, n)


def date(rng):
    return "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))


def mac(rng, prefix=None):
    b = [rng.randint(0, 255) for _ in range(6)]
    s = ":".join("%02X" % x for x in b)
    return (prefix + s[8:]) if prefix else s


def prop(rng):
    return rng.choice(PROPS)


# ------------------------------------------------------------------ base kinds
def ota_confirmation_email(rng):
    name, dom = prop(rng)
    return ("Subject: New booking - confirmation %s\nFrom: noreply@partner.booking-channel.example\n\n"
            "Property: %s (property id %s)\nGuest: %s, party of %d\nArrival %s, %d nights, room: Double with garden view\n"
            "Airbnb reservation code (linked stay): HM%s\nExpedia itinerary: %s\n"
            "You can see this reservation in the extranet under Reservations.\n") % (
        d(rng, 10), name, d(rng, 7), rng.choice(GUESTS), rng.randint(1, 4), date(rng), rng.randint(1, 9),
        C.rs(rng, C.UPPER_ALNUM, 8), d(rng, 13))


def pms_reservation_export_csv(rng):
    rows = ["res_id,channel,channel_ref,arrival,nights,room,status"]
    for _ in range(5):
        ch = rng.choice(["booking", "airbnb", "expedia", "direct", "hostelworld"])
        ref = {"booking": d(rng, 10), "airbnb": "HM" + C.rs(rng, C.UPPER_ALNUM, 8), "expedia": d(rng, 13),
               "direct": "WEB-" + d(rng, 6), "hostelworld": d(rng, 9) + "-" + d(rng, 6)}[ch]
        rows.append("R%s,%s,%s,%s,%d,%s,%s" % (d(rng, 6), ch, ref, date(rng), rng.randint(1, 7),
                                               rng.choice(["3", "5", "7", "Dorm B-04", "Attic"]),
                                               rng.choice(["confirmed", "checked_in", "cancelled"])))
    return "\n".join(rows) + "\n"


def hostel_dorm_bed_map(rng):
    dorm = rng.choice("ABCDE")
    lines = ["Dorm %s (%d beds, %s) - bed map printed %s" % (dorm, 8, rng.choice(["mixed", "female"]), date(rng))]
    for i in range(1, 9):
        lines.append("%s-%02d %-5s locker L-%03d  linen tag %s" % (dorm, i, "lower" if i % 2 else "upper",
                                                                   rng.randint(1, 240), C.rs(rng, C.UPPER_ALNUM, 6)))
    return "\n".join(lines) + "\n"


def room_type_rate_plan_table(rng):
    rows = ["| room type | code | rate plan | plan id | max occ |", "|---|---|---|---|---|"]
    for rt, code in [("Double, garden", "DBL-GDN"), ("Twin", "TWN-STD"), ("Family suite", "FAM-STE"),
                     ("Bed in 8-bed dorm", "DRM-08")]:
        rows.append("| %s | %s | %s | RP-%s | %d |" % (rt, code, rng.choice(["BAR-FLEX", "NREF-10", "BB-2N", "LONG-7N"]),
                                                     d(rng, 6), rng.randint(1, 4)))
    return "\n".join(rows) + "\n"


def holiday_let_licence_footer(rng):
    name, dom = prop(rng)
    return ("%s · Rua do Limoeiro %d · 8000-%s Faro\nAlojamento Local n.º %s/AL · NIF %s\n"
            "Itália (casa-vacanze partner): CIN IT%sC2%s · CIR %s-CAV-%s\n"
            "Registo nacional (ES, piso partner): VUT/MA/%s\n") % (
        name, rng.randint(1, 99), d(rng, 3), d(rng, 5), d(rng, 9), d(rng, 6), C.rs(rng, C.UPPER_ALNUM, 8),
        d(rng, 6), d(rng, 5), d(rng, 5))


def guest_registration_batch_report(rng):
    return ("Alloggiati Web - ricevuta di invio\nData invio: %s  Schedine inviate: %d  Esito: OK\n"
            "Identificativo ricevuta: %s\nMeldeschein-Nr. (Gasthof, DE) %s · Kurtaxe-Beleg %s\n"
            "SEF/SIBA comunicação n.º %s\n") % (
        date(rng), rng.randint(1, 14), d(rng, 12), d(rng, 6), d(rng, 8), d(rng, 10))


def deposit_instructions_email(rng):
    name, dom = prop(rng)
    iban = C.make_iban("PT", d(rng, 21))
    return ("Dear %s,\nthank you for your booking at %s. To confirm it, please transfer the 30%% deposit "
            "(EUR %d.00) to:\nIBAN: %s\nBIC: BPIPPTPL\nReference: booking %s\n"
            "The balance is paid on arrival.\n") % (
        rng.choice(GUESTS), name, rng.randint(60, 400), " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)),
        d(rng, 6))


def supplier_invoice_header(rng):
    iban = C.make_iban("DE", d(rng, 18))
    return ("Wäscherei Sonnenschein GmbH · USt-IdNr. DE%s · Steuernr. %s/%s/%s\n"
            "Rechnung RE-2025-%s vom %s · Kunde %s (Gasthof Lindenhof)\n"
            "Bankverbindung: IBAN %s · BIC GENODEF1XXX\nLeistung: 412 kg Bettwäsche, 96 Handtuchsätze\n") % (
        d(rng, 9), d(rng, 3), d(rng, 3), d(rng, 5), d(rng, 5), date(rng), d(rng, 6), iban)


def ics_calendar_export(rng):
    name, dom = prop(rng)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//%s//Availability//EN" % name, "VERSION:2.0"]
    for _ in range(2):
        lines += ["BEGIN:VEVENT", "UID:%s@%s" % (C.uuid4(rng), dom),
                  "DTSTAMP:2025%02d%02dT%02d%02d00Z" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)),
                  "DTSTART;VALUE=DATE:2025%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
                  "DTEND;VALUE=DATE:2025%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
                  "SUMMARY:Not available", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\n".join(lines) + "\n"


def calendar_sync_log(rng):
    out = []
    for _ in range(4):
        out.append('%sT%02d:%02d:%02dZ sync feed=%s-%s events=%d etag="%s" run=%s' % (
            date(rng), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59),
            rng.choice(["airbnb", "vrbo", "booking"]), d(rng, rng.choice([7, 9, 18])), rng.randint(0, 40),
            C.rs(rng, C.LOWER_HEX, 32), C.uuid4(rng)))
    return "\n".join(out) + "\n"


def lock_fleet_inventory_yaml(rng):
    lines = ["locks:"]
    for room in rng.sample(["Room 1", "Room 2", "Room 3", "Room 5", "Front door", "Dorm B", "Attic"], 3):
        lines += ["  - name: %s" % room, "    model: %s" % rng.choice(["Smart Lock 4.0 Pro", "TT-S31", "XS4 One"]),
                  '    serial: "%s"' % C.rs(rng, C.UPPER_HEX, 8), '    mac: "%s"' % mac(rng, "54:D2:72"),
                  "    firmware: %d.%d.%d" % (rng.randint(1, 4), rng.randint(0, 12), rng.randint(0, 20)),
                  "    battery: %d%%" % rng.randint(8, 100)]
    return "\n".join(lines) + "\n"


def lock_audit_trail_csv(rng):
    rows = ["time,lock,event,card_uid,event_id,staff"]
    for _ in range(5):
        rows.append("%sT%02d:%02d,%s,%s,%s,%s,%s" % (
            date(rng), rng.randint(0, 23), rng.randint(0, 59), rng.choice(["R3", "R5", "FRONT", "DORM-B"]),
            rng.choice(["unlock_card", "lock_auto", "card_issued", "battery_low"]), "04" + C.rs(rng, C.UPPER_HEX, 12),
            d(rng, 9), rng.choice(["ines", "pavel", "-", "marta"])))
    return "\n".join(rows) + "\n"


def access_point_inventory_table(rng):
    rows = ["| AP | location | SSID | BSSID | channel |", "|---|---|---|---|---|"]
    for loc in ["lobby", "breakfast room", "first floor", "garden"]:
        rows.append("| AP-%s | %s | %s | %s | %d |" % (d(rng, 2), loc, rng.choice(["Aurora-Guests", "Aurora-Staff", "Harbourview-Free"]),
                                                    mac(rng).lower(), rng.choice([1, 6, 11, 36, 44, 149])))
    return "\n".join(rows) + "\n"


def captive_portal_session_log(rng):
    out = []
    for _ in range(4):
        out.append("%s %02d:%02d session=%s client=%s auth=click-through terms=v%d rx=%dMB" % (
            date(rng), rng.randint(0, 23), rng.randint(0, 59), C.uuid4(rng), mac(rng).lower(), rng.randint(2, 5),
            rng.randint(1, 900)))
    return "\n".join(out) + "\n"


def pre_authorisation_receipt(rng):
    return ("PENSION AURORA\nPRE-AUTHORISATION   EUR %d.00\nVISA CONTACTLESS\n************%s\n"
            "AID A0000000031010\nAUTH CODE %s\nTID %s   MID %s\nRRN %s   STAN %s\n"
            "NO CARDHOLDER VERIFICATION\nRETAIN THIS COPY\n") % (
        rng.randint(50, 300), d(rng, 4), C.rs(rng, C.UPPER_ALNUM, 6), d(rng, 8), d(rng, 15), d(rng, 12), d(rng, 6))


def payout_reconciliation_csv(rng):
    rows = ["payout_id,arrival_date,amount,currency,status,balance_txn"]
    for _ in range(4):
        rows.append("po_1%s,%s,%d.%02d,eur,paid,txn_1%s" % (C.rs(rng, C.ALNUM, 23), date(rng), rng.randint(80, 4000),
                                                          rng.randint(0, 99), C.rs(rng, C.ALNUM, 23)))
    return "\n".join(rows) + "\n"


def booking_widget_html_head(rng):
    name, dom = prop(rng)
    return ('<!-- %s booking widget: public keys only -->\n<script src="https://js.stripe.com/v3/"></script>\n'
            '<script>const stripe = Stripe("pk_live_51%s");</script>\n'
            '<div class="cf-turnstile" data-sitekey="0x4AAAAAAA%s"></div>\n'
            '<div class="g-recaptcha" data-sitekey="6L%s"></div>\n'
            '<script src="https://maps.googleapis.com/maps/api/js?key=AIzaSy%s&callback=initMap" async></script>\n') % (
        name, C.rs(rng, C.ALNUM, 97), C.rs(rng, C.B64URL, 13), C.rs(rng, C.B64URL, 38), C.rs(rng, C.B64URL, 33))


def guest_app_public_config_json(rng):
    mb = C.b64url_nopad(json.dumps({"u": "pensionaurora", "a": C.rs(rng, C.LOWER_ALNUM, 25)}, separators=(",", ":")).encode())
    cfg = {"adyenClientKey": "live_" + C.rs(rng, C.UPPER_ALNUM, 32),
           "squareApplicationId": "sq0idp-" + C.rs(rng, C.B64URL, 22),
           "mapboxPublicToken": "pk." + mb + "." + C.rs(rng, C.B64URL, 22),
           "algoliaSearchOnlyKey": C.rs(rng, C.LOWER_HEX, 32),
           "sentryDsn": "https://%s@o%s.ingest.de.sentry.io/%s" % (C.rs(rng, C.LOWER_HEX, 32), d(rng, 6), d(rng, 7))}
    return "// guest-app/public-config.json (shipped in the app bundle)\n" + json.dumps(cfg, indent=2) + "\n"


def vendor_sdk_readme_snippet(rng):
    return ("## Quick start\n\n```js\nconst stripe = require('stripe')('sk_live_...');\n"
            "const cloudbeds = new Cloudbeds({ apiKey: '<YOUR_CLOUDBEDS_API_KEY>' });\n```\n\n"
            "For local testing the AWS docs use the example pair `AKIAIOSFODNN7EXAMPLE` / "
            "`wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`; never commit real ones.\n"
            "Slack: set `SLACK_BOT_TOKEN=xoxb-your-bot-token` in step %d.\n") % rng.randint(2, 6)


def dotenv_example_file(rng):
    generic = ["", "changeme", "<set-in-vault>", "${%s:?required}", "your-value-here"]
    special = {"APP_KEY": "base64:", "KEYCARD_ENCODER_API_KEY": "rke_XXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXX",
               "PASETO_LOCAL_KEY": "k4.local.<generate with paserk>", "WIREGUARD_PRIVATE_KEY": "<wg genkey>",
               "STRIPE_LIVE_SECRET_KEY": "sk_live_...", "HOUSEKEEPING_API_TOKEN": "hka-<20 chars>-<11 digits>"}
    keys = ["PMS_SUPERVISOR_PASSWORD", "CHANNEL_MANAGER_PASSWORD", "LOCK_HUB_ADMIN_PASSWORD", "APP_KEY",
            "KEYCARD_ENCODER_API_KEY", "HOUSEKEEPING_API_TOKEN", "PASETO_LOCAL_KEY", "WIREGUARD_PRIVATE_KEY",
            "STRIPE_LIVE_SECRET_KEY", "MEWS_CONNECTOR_ACCESS_TOKEN"]
    rng.shuffle(keys)
    lines = ["# .env.example - copy to .env and fill in (revision %d)" % rng.randint(3, 40)]
    for k in keys[:7]:
        v = special[k] if k in special and rng.random() < 0.6 else rng.choice(generic)
        lines.append("%s=%s" % (k, v.replace("%s", k)))
    return "\n".join(lines) + "\n"


def channel_manager_settings_screenshot_ocr(rng):
    return ("Settings > Integrations (screenshot, OCR)\nAPI key        ••••••••••••••••%s   [Regenerate]\n"
            "Client secret  ****************%s   [Show]\nWebhook secret whsec_••••••••%s\nLast used: %s\n") % (
        C.rs(rng, C.LOWER_HEX, 4), C.rs(rng, C.ALNUM, 4), C.rs(rng, C.ALNUM, 4), date(rng))


def ci_pipeline_log_masked(rng):
    return ("$ ./deploy.sh production\n[deploy] CLOUDBEDS_API_KEY=***\n[deploy] STRIPE_LIVE_SECRET_KEY=[MASKED]\n"
            "[deploy] APP_KEY=base64:****\n[deploy] image sha256:%s pushed\nJob succeeded in %ds\n") % (
        hashlib.sha256(C.rbytes(rng, 32)).hexdigest(), rng.randint(30, 400))


def app_settings_keyvault_references(rng):
    return ("# App Service application settings (export)\n"
            "STRIPE_LIVE_SECRET_KEY=@Microsoft.KeyVault(SecretUri=https://kv-aurora-%s.vault.azure.net/secrets/stripe-live/)\n"
            "DB_CONNECTION={{resolve:ssm-secure:/guesthouse/prod/db-%s}}\n"
            "CLOUDBEDS_API_KEY=op://Guesthouse/Cloudbeds/credential\n"
            "MEWS_ACCESS_TOKEN=${{ secrets.MEWS_ACCESS_TOKEN }}\n"
            "LOCK_HUB=vault:secret/data/locks#admin_%s\n") % (d(rng, 3), rng.choice(["main", "ro", "reports"]), d(rng, 2))


def k8s_external_secret_manifest(rng):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: pms-%s\nspec:\n"
            "  refreshInterval: 1h\n  secretStoreRef:\n    name: aws-secrets\n    kind: ClusterSecretStore\n"
            "  data:\n    - secretKey: APP_KEY\n      remoteRef:\n        key: guesthouse/prod/pms\n        property: app_key\n"
            "    - secretKey: DB_PASSWORD\n      remoteRef:\n        key: arn:aws:secretsmanager:eu-west-1:%s:secret:pms-db-%s\n") % (
        rng.choice(["core", "sync", "kiosk"]), d(rng, 12), C.rs(rng, C.ALNUM, 6))


def laravel_users_table_dump(rng):
    rows = ["| id | email | password | created_at |", "|---|---|---|---|"]
    for i in range(3):
        rows.append("| %d | %s%d@%s | $2y$12$%s | %s |" % (
            rng.randint(1, 300), rng.choice(["marta", "ines", "pavel", "jonas"]), rng.randint(1, 99), prop(rng)[1],
            C.rs(rng, BCRYPT, 53), date(rng)))
    return "\n".join(rows) + "\n"


def wordpress_users_export(rng):
    rows = ["ID,user_login,user_pass,user_registered"]
    for _ in range(3):
        h = "$P$B" + C.rs(rng, BCRYPT, 30) if rng.random() < 0.5 else "$wp$2y$10$" + C.rs(rng, BCRYPT, 53)
        rows.append("%d,%s,%s,%s 09:%02d:00" % (rng.randint(1, 90), rng.choice(["admin_aurora", "ines", "editor", "seo"]), h,
                                                 date(rng), rng.randint(0, 59)))
    return "\n".join(rows) + "\n"


def ansible_vault_encrypted_file(rng):
    blob = C.rbytes(rng, 120).hex()
    lines = ["# group_vars/guesthouse_servers/vault.yml", "$ANSIBLE_VAULT;1.1;AES256"]
    lines += [blob[i:i + 80] for i in range(0, len(blob), 80)]
    return "\n".join(lines) + "\n"


def laravel_encrypted_payload(rng):
    payload = {"iv": C.b64(C.rbytes(rng, 16)), "value": C.b64(C.rbytes(rng, 48)),
               "mac": C.rs(rng, C.LOWER_HEX, 64), "tag": ""}
    return ("# .env.production.encrypted (php artisan env:encrypt)\n%s\n" %
            C.b64(json.dumps(payload, separators=(",", ":")).encode()))


def wg0_peer_list_public_only(rng):
    out = ["# peers of wg0 on pms-01 (public keys only)"]
    for i in range(2):
        out += ["[Peer]", "# %s" % rng.choice(["office", "kiosk", "owner laptop", "lock hub"]),
                "PublicKey = %s" % C.b64(C.rbytes(rng, 32)), "AllowedIPs = 10.8.0.%d/32" % rng.randint(2, 60),
                "PersistentKeepalive = 25", ""]
    return "\n".join(out)


def ssh_authorized_keys_file(rng):
    out = []
    for who in rng.sample(["marta@office", "tomasz@dev", "deploy@ci", "jonas@laptop"], 2):
        blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + C.rbytes(rng, 32)
        out.append("ssh-ed25519 %s %s" % (C.b64(blob), who))
    out.append("# fingerprint SHA256:%s" % C.b64(hashlib.sha256(C.rbytes(rng, 32)).digest()).rstrip("="))
    return "\n".join(out) + "\n"


def sri_integrity_script_tags(rng):
    h = C.rs(rng, C.LOWER_HEX, 8)
    return ('<script src="/build/booking.%s.js" integrity="sha384-%s" crossorigin="anonymous"></script>\n'
            '<link rel="stylesheet" href="/build/app.%s.css" integrity="sha256-%s">\n') % (
        h, C.b64(hashlib.sha384(C.rbytes(rng, 64)).digest()), C.rs(rng, C.LOWER_HEX, 8),
        C.b64(hashlib.sha256(C.rbytes(rng, 64)).digest()))


def object_storage_listing_etags(rng):
    out = []
    for f in rng.sample(["photos/room3.jpg", "photos/garden.jpg", "menus/breakfast.pdf", "exports/occupancy.csv",
                         "photos/dorm-b.webp"], 3):
        out.append('%s %02d:%02d %8d %s etag="%s" version=%s' % (
            date(rng), rng.randint(0, 23), rng.randint(0, 59), rng.randint(1000, 9000000), f,
            hashlib.md5(C.rbytes(rng, 16)).hexdigest(), C.rs(rng, C.B64URL, 32)))
    out.append("commit %s" % hashlib.sha1(C.rbytes(rng, 20)).hexdigest())
    return "\n".join(out) + "\n"


HANDBOOK = [
    "Door codes for the rooms change at every check-out; the lock hub sends them to the guest, never to staff chat.",
    "Never write a password on a sticky note or in the handover book; everything lives in the password manager.",
    "If you think a code leaked, tell Marta and we rotate it the same day.",
    "The reception PC locks after five minutes; use your own login, not the shared one.",
    "Keys to the channel manager and the payment terminal are only in the vault, not in e-mails.",
    "Two-factor login is switched on for the extranet; the codes come to the office phone.",
    "When a guest asks for the Wi-Fi password, point them to the card in the room.",
]
FAQ = [
    "Where do I find the Wi-Fi password? It is printed on the welcome card in your room.",
    "How do I get in after 22:00? Your personal door code arrives by e-mail on the day of arrival.",
    "I forgot my door code. Call the night number on the door and we will send it again.",
    "Can I share my code with friends? Please do not; each code is tied to your booking.",
    "Is the safe code set by me? Yes, choose any four digits when you close the safe.",
    "Is the guest Wi-Fi secure? It uses WPA2; please avoid online banking on any public network.",
]


def staff_handbook_access_section(rng):
    return "Staff handbook, section 4 - access and passwords\n" + "\n".join(
        "- " + s for s in rng.sample(HANDBOOK, 4)) + "\n"


def guest_faq_wifi_and_doors(rng):
    return "Guest FAQ (website)\n" + "\n".join("Q: " + s.replace("? ", "?\nA: ") for s in rng.sample(FAQ, 3)) + "\n"


def listing_sync_mapping_table(rng):
    rows = ["| unit | airbnb listing | booking.com hotel/room | vrbo property | google place id |", "|---|---|---|---|---|"]
    for u in rng.sample(["Room 3", "Room 5", "Garden suite", "Dorm B", "Attic"], 3):
        rows.append("| %s | %s | %s / %s | %s | ChIJ%s |" % (u, "8" + d(rng, 17), d(rng, 7), d(rng, 9), d(rng, 7),
                                                           C.rs(rng, C.B64URL, 23)))
    return "\n".join(rows) + "\n"


def channel_mapping_json(rng):
    m = {"propertyId": int(d(rng, 6)), "mappings": [
        {"roomTypeId": int(d(rng, 5)), "otaRoomId": d(rng, 9), "ratePlanId": "RP-" + d(rng, 6), "channel": "booking"},
        {"roomTypeId": int(d(rng, 5)), "otaRoomId": "8" + d(rng, 17), "ratePlanId": "RP-" + d(rng, 6), "channel": "airbnb"}]}
    return json.dumps(m, indent=2) + "\n"


def webhook_delivery_request_dump(rng):
    return ("POST /webhooks/ota HTTP/1.1\nHost: sync.%s\nContent-Type: application/json\n"
            "X-Shopify-Hmac-Sha256: %s\nStripe-Signature: t=%d,v1=%s\nX-Signature: sha256=%s\n\n"
            '{"event":"reservation.created","id":"evt_1%s"}\n') % (
        prop(rng)[1], C.b64(C.rbytes(rng, 32)), 1740000000 + rng.randint(0, 9999999), C.rs(rng, C.LOWER_HEX, 64),
        C.rs(rng, C.LOWER_HEX, 64), C.rs(rng, C.ALNUM, 23))


def webhook_verification_log(rng):
    out = []
    for _ in range(3):
        out.append("%s %02d:%02d:%02d INFO webhook verified event=evt_1%s sig=sha256=%s age=%ds" % (
            date(rng), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), C.rs(rng, C.ALNUM, 23),
            C.rs(rng, C.LOWER_HEX, 64), rng.randint(0, 40)))
    return "\n".join(out) + "\n"


def oauth_app_registration_summary(rng):
    return ("Google sign-in client ID: %s-%s.apps.googleusercontent.com\nAzure application (client) ID: %s\n"
            "Directory (tenant) ID: %s\nOkta client ID: 0oa%s\nStripe Connect client id: ca_%s\n"
            "Redirect URI: https://book.%s/auth/callback\n") % (
        d(rng, 12), C.rs(rng, C.LOWER_ALNUM, 32), C.uuid4(rng), C.uuid4(rng), C.rs(rng, C.ALNUM, 17),
        C.rs(rng, C.ALNUM, 32), prop(rng)[1])


def payment_account_settings_page(rng):
    return ("Account settings\nStripe account: acct_1%s\nPayPal merchant ID: %s\nAdyen merchant account: %sECOM\n"
            "Square location ID: L%s\nStatement descriptor: %s\n") % (
        C.rs(rng, C.ALNUM, 15), C.rs(rng, C.UPPER_ALNUM, 13), rng.choice(["PensionAurora", "Harbourview", "OldMillBnB"]),
        C.rs(rng, C.UPPER_ALNUM, 13), rng.choice(["PENSION AURORA", "HARBOURVIEW HSTL", "OLD MILL BNB"]))


CLASSES = [
    ("ota_booking_confirmation_numbers", [ota_confirmation_email, pms_reservation_export_csv],
     "Booking.com-style confirmation numbers, Airbnb HM codes, Expedia itineraries, PMS reservation ids"),
    ("room_and_bed_inventory_codes", [hostel_dorm_bed_map, room_type_rate_plan_table],
     "dorm bed ids, locker numbers, linen tags, room-type codes, rate-plan ids"),
    ("tourist_licence_and_registration_numbers", [holiday_let_licence_footer, guest_registration_batch_report],
     "holiday-let licence numbers (AL, CIN / CIR, VUT), guest-registration receipts, Meldeschein numbers"),
    ("iban_and_vat_identifiers", [deposit_instructions_email, supplier_invoice_header],
     "IBANs with real MOD 97 check digits, BICs, VAT and tax numbers, invoice numbers"),
    ("ical_event_uids_and_sync_runs", [ics_calendar_export, calendar_sync_log],
     "iCalendar UIDs (UUIDv4@host), DTSTAMPs, feed ids, ETags, run ids"),
    ("smart_lock_device_serials", [lock_fleet_inventory_yaml, lock_audit_trail_csv],
     "lock serials, MAC addresses, firmware versions, NFC card UIDs, event ids"),
    ("wifi_network_inventory", [access_point_inventory_table, captive_portal_session_log],
     "SSIDs, BSSIDs, client MACs, portal session ids"),
    ("card_deposit_receipt_lines", [pre_authorisation_receipt, payout_reconciliation_csv],
     "masked PANs, AIDs, auth codes, TID / MID, RRNs, Stripe payout and balance-transaction ids"),
    ("publishable_and_site_keys", [booking_widget_html_head, guest_app_public_config_json],
     "public by design: Stripe pk_live_51, Turnstile and reCAPTCHA site keys, Maps browser key (AIza), Adyen client key, Square application id, Mapbox pk., Algolia search-only key, Sentry DSN"),
    ("quickstart_placeholder_values", [vendor_sdk_readme_snippet, dotenv_example_file],
     "sk_live_..., <YOUR_…>, the AWS documentation example pair, xoxb-your-bot-token, a .env.example with this corpus's key names and empty / changeme / <set-in-vault> / ${VAR:?required} values"),
    ("masked_key_displays", [channel_manager_settings_screenshot_ocr, ci_pipeline_log_masked],
     "bullet-masked, *** and [MASKED] values with at most four visible characters, image digests"),
    ("secret_store_pointers", [app_settings_keyvault_references, k8s_external_secret_manifest],
     "@Microsoft.KeyVault(...), {{resolve:ssm-secure:...}}, op://, ${{ secrets.X }}, vault: paths, ExternalSecret remoteRefs, ARNs"),
    ("bcrypt_and_phpass_hash_columns", [laravel_users_table_dump, wordpress_users_export],
     "bcrypt $2y$12$, WordPress phpass $P$B and $wp$2y$ hashes (random in frame) in password columns"),
    ("encrypted_config_blobs", [ansible_vault_encrypted_file, laravel_encrypted_payload],
     "$ANSIBLE_VAULT;1.1;AES256 ciphertext, Laravel env:encrypt payloads (Base64 of JSON iv / value / mac)"),
    ("public_key_material", [wg0_peer_list_public_only, ssh_authorized_keys_file],
     "WireGuard peer public keys (same shape as the everyday private key), ssh-ed25519 keys (real wire format), SHA256 fingerprints"),
    ("content_digests_and_etags", [sri_integrity_script_tags, object_storage_listing_etags],
     "SRI sha384 / sha256 integrity values, MD5 ETags, version ids, commit ids (real digests of random bytes)"),
    ("house_rules_security_prose", [staff_handbook_access_section, guest_faq_wifi_and_doors],
     "handbook and FAQ text about passwords and door codes without any value"),
    ("ota_listing_and_property_ids", [listing_sync_mapping_table, channel_mapping_json],
     "Airbnb listing ids, Booking.com hotel / room ids, Vrbo ids, Google place ids (ChIJ…), room-type and rate-plan ids"),
    ("hmac_signature_request_headers", [webhook_delivery_request_dump, webhook_verification_log],
     "X-Shopify-Hmac-Sha256, Stripe-Signature v1 and sha256= signatures (HMAC outputs, not keys), event ids"),
    ("oauth_public_client_identifiers", [oauth_app_registration_summary, payment_account_settings_page],
     "Google OAuth client ids, Azure application and tenant ids, Okta 0oa… ids, Stripe ca_ / acct_, PayPal merchant ids, Square location ids"),
]
assert len(CLASSES) == 20

WRAPPERS = [
    ("", None),
    ("__in_front_desk_slack_thread",
     "#front-desk (Slack)\nMarta: is this ok to paste here? nothing private in it\nJonas: yes, those are just references:\n```\n{X}```\n"),
    ("__in_pms_vendor_support_ticket",
     "Ticket #{N} - PMS vendor support\nCustomer wrote: here is the excerpt you asked for, no credentials in it.\n\n{X}\nAgent: thanks, these are public identifiers only.\n"),
    ("__in_hostel_owners_forum_post",
     "Re: what is safe to share with your web agency? (hostel owners forum)\nPosting ours so you can compare - none of it is secret:\n\n{X}"),
    ("__in_channel_manager_email_reply",
     "From: support@channel-sync.example\nSubject: Re: mapping question\n\nHi Marta,\nthe lines below are fine to send by e-mail, they are not secrets:\n\n{Q}\nBest, Channel Sync support\n"),
]


def _bad(text, registry_items, seen):
    if text in seen:
        return True
    if C.PW_FORM_IN_TEXT.search(text) or C.JWT_RE.search(text):
        return True
    for u in C.UUID_RE.findall(text):
        if u[14] != "4" or u[19].lower() not in "89ab":
            return True
    for s in registry_items:
        if len(s) >= 6 and s in text:
            return True
    return False


def build(registry, positive_values):
    rng = random.Random(C.SEEDS["negatives"])
    items = list(registry.items)
    seen = set()
    recs = []
    for cls, kinds, _ in CLASSES:
        for kind in kinds:
            for wname, wtpl in WRAPPERS:
                for _ in range(100):
                    base = kind(rng)
                    if wtpl is None:
                        text = base
                    else:
                        q = "".join("> " + ln + "\n" for ln in base.rstrip("\n").split("\n"))
                        text = wtpl.replace("{N}", d(rng, 5)).replace("{Q}", q).replace("{X}", base)
                    if _bad(text, items, seen) or any(v in text for v in positive_values):
                        continue
                    break
                else:
                    raise RuntimeError("could not draw negative for %s" % kind.__name__)
                seen.add(text)
                recs.append({"class": cls, "container": kind.__name__ + wname, "text": text, "source": "negative"})
    return recs
