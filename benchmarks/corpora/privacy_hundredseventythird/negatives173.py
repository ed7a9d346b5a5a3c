"""Hard negatives of the equestrian / racing world: texts that look risky but hold no secret."""
import hashlib
import json
import random
import string

from common173 import (ALNUM, B62, HEX, UHEX, B64URL, LOWALNUM, UPALNUM, rs, rbytes, b64, b64url, uuid4,
                       luhn_digit, gs1_digit, PREFIX)

SEED = 17306
D = string.digits
HORSES = ["Midnight Fergus", "Copper Lass", "Ballyduff Star", "Gold Reef", "Tinker's Dream", "Silver Quill",
          "Hollybrook Ace", "Lady Marram", "Storm Tern", "Oakley Rambler", "Kilcarne Boy", "Pebble Dash"]
RIDERS = ["Aoife Brennan", "Tom Hale", "Priya Nair", "Gareth Lloyd", "Isla McRae", "Femi Adeyemi", "Chloe Varga"]
COUNTRIES = ["826", "372", "250", "276", "528"]


def ueln(r):
    return r.choice(COUNTRIES) + r.choice(["002", "004", "009", "013"]) + rs(r, D + "ABCDEFGHJKLMNPRSTUVWXYZ", 9)


def chip(r):
    return r.choice(["826098", "985141", "250269", "372100"]) + rs(r, D, 9)


def ean13(r, prefix="50"):
    body = prefix + rs(r, D, 12 - len(prefix))
    return body + gs1_digit(body)


def luhn_num(r, prefix, length):
    body = prefix + rs(r, D, length - 1 - len(prefix))
    return body + luhn_digit(body)


def date(r):
    return "2025-%02d-%02d" % (r.randrange(1, 13), r.randrange(1, 29))


# ---------------------------------------------------------------- base kinds
def passport_application_form_rows(r):
    rows = ["horse_name,ueln,foaled,sex,colour,issuing_body"]
    for _ in range(r.randint(3, 5)):
        rows.append("%s,%s,%d,%s,%s,%s" % (r.choice(HORSES), ueln(r), r.randrange(2005, 2024), r.choice(["mare", "gelding", "stallion"]),
                                           r.choice(["bay", "chestnut", "grey", "skewbald"]), r.choice(["PIO-%02d" % r.randrange(1, 40), "Weatherbys"])))
    return "\n".join(rows) + "\n"


def ueln_lookup_api_response(r):
    return json.dumps({"ueln": ueln(r), "name": r.choice(HORSES), "transponder": chip(r), "status": "passport issued",
                       "issued": date(r), "requestId": uuid4(r)}, indent=2) + "\n"


def microchip_scanner_read_log(r):
    lines = []
    for _ in range(r.randint(3, 5)):
        lines.append("%sT%02d:%02d:%02d READ FDX-B %s rssi=-%d box=%d" % (date(r), r.randrange(24), r.randrange(60), r.randrange(60),
                                                                           chip(r), r.randrange(40, 80), r.randrange(1, 30)))
    return "\n".join(lines) + "\n"


def vet_implant_certificate(r):
    c = chip(r)
    return ("CERTIFICATE OF MICROCHIP IMPLANTATION\nHorse: %s\nTransponder: %s %s %s %s %s\nSite: left nuchal ligament\n"
            "Implanted by: MRCVS %d on %s\n" % (r.choice(HORSES), c[:3], c[3:6], c[6:9], c[9:12], c[12:], r.randrange(10000, 99999), date(r)))


def racecard_feed_xml_excerpt(r):
    runners = "".join("    <runner id=\"%d\" saddlecloth=\"%d\" draw=\"%d\" name=\"%s\" weight=\"%dst %dlb\"/>\n"
                      % (r.randrange(10 ** 6, 10 ** 7), i + 1, r.randrange(1, 15), r.choice(HORSES), r.randrange(8, 12), r.randrange(14))
                      for i in range(3))
    return ("<meeting id=\"%s\" course=\"%s\" date=\"%s\">\n  <race id=\"%d\" off=\"%02d:%02d\" distance=\"%df\">\n%s  </race>\n</meeting>\n"
            % (rs(r, UPALNUM, 8), r.choice(["AYR", "NAAS", "LINGFIELD", "CHEPSTOW"]), date(r), r.randrange(10 ** 6, 10 ** 7),
               r.randrange(12, 18), r.choice([5, 15, 35, 50]), r.choice([5, 6, 7, 8, 10, 12]), runners))


def declarations_csv_export(r):
    rows = ["race_id,runner_id,horse,jockey,trainer_licence,claim"]
    for _ in range(r.randint(3, 4)):
        rows.append("%d,%d,%s,%s,TL%06d,%d" % (r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 6, 10 ** 7), r.choice(HORSES),
                                              r.choice(RIDERS), r.randrange(10 ** 6), r.choice([0, 3, 5, 7])))
    return "\n".join(rows) + "\n"


def exchange_market_catalogue_json(r):
    return json.dumps({"marketId": "1.%d" % r.randrange(10 ** 8, 10 ** 9), "marketName": "%df Hcap" % r.choice([5, 6, 7, 8]),
                       "eventId": str(r.randrange(10 ** 7, 10 ** 8)),
                       "runners": [{"selectionId": r.randrange(10 ** 7, 10 ** 8), "runnerName": r.choice(HORSES)} for _ in range(3)]},
                      indent=1) + "\n"


def bet_settlement_report_rows(r):
    rows = ["bet_id,market_id,selection_id,side,price,stake,profit"]
    for _ in range(r.randint(3, 4)):
        rows.append("%d,1.%d,%d,%s,%.2f,%d.00,%.2f" % (r.randrange(10 ** 11, 10 ** 12), r.randrange(10 ** 8, 10 ** 9),
                                                     r.randrange(10 ** 7, 10 ** 8), r.choice(["BACK", "LAY"]), r.uniform(1.5, 30),
                                                     r.choice([2, 5, 10, 20]), r.uniform(-20, 80)))
    return "\n".join(rows) + "\n"


def tote_terminal_receipt_text(r):
    t = luhn_num(r, "71", 16)
    return ("HOLLYBROOK RACING CLUB - TOTE\nTerminal T%02d  Race %d\nWIN  #%d  %s   GBP %d.00\nTicket %s %s %s %s\n"
            "Keep this ticket - no ticket, no payout\n" % (r.randrange(1, 40), r.randrange(1, 8), r.randrange(1, 15), r.choice(HORSES),
                                                         r.choice([2, 5, 10]), t[:4], t[4:8], t[8:12], t[12:]))


def tote_dividend_notice(r):
    return ("Race %d result: %d-%d-%d\nWIN pool %s: GBP %.2f\nPLACE pool %s: GBP %.2f / %.2f\nPool refs are public on the results board.\n"
            % (r.randrange(1, 8), r.randrange(1, 15), r.randrange(1, 15), r.randrange(1, 15), "WP" + rs(r, D, 8), r.uniform(2, 40),
               "PP" + rs(r, D, 8), r.uniform(1.1, 6), r.uniform(1.1, 6)))


def competition_entry_confirmation_email(r):
    return ("Subject: Entry confirmed - %s\n\nRider: %s (membership %s)\nHorse: %s (reg. %s)\nClass %d, entry no. %s\n"
            "Times will be published on %s.\n" % (r.choice(["Spring Unaffiliated", "BE90 Regional", "Novice Dressage"]), r.choice(RIDERS),
                                                  "M" + rs(r, D, 7), r.choice(HORSES), rs(r, D, 8), r.randrange(1, 20),
                                                  "E-%s-%s" % (rs(r, D, 4), rs(r, UPALNUM, 4)), date(r)))


def results_system_class_export(r):
    rows = ["class,placing,rider_no,horse_no,penalties,time"]
    for p in range(1, r.randint(4, 6)):
        rows.append("%d,%d,%s,%s,%d,%.2f" % (r.randrange(1, 20), p, rs(r, D, 7), rs(r, D, 8), r.choice([0, 0, 4, 8]), r.uniform(30, 70)))
    return "\n".join(rows) + "\n"


def vet_visit_log_rows(r):
    rows = ["visit_id,date,horse,treatment,batch,withdrawal_days"]
    for _ in range(r.randint(3, 4)):
        rows.append("%s,%s,%s,%s,%s,%d" % ("VV" + rs(r, D, 6), date(r), r.choice(HORSES),
                                           r.choice(["flu/tet booster", "dental rasp", "phenylbutazone", "wormer (ivermectin)"]),
                                           rs(r, UPALNUM, 2) + rs(r, D, 5), r.choice([0, 0, 28, 180])))
    return "\n".join(rows) + "\n"


def farrier_invoice_text(r):
    return ("INVOICE %s\nFarrier: J. Pritchard DipWCF\nVAT reg: GB%s\nDate: %s\n\n%s - full set, hot shod ... GBP %d.00\n"
            "%s - trim ... GBP %d.00\nPayment ref: %s\n" % ("FR-" + rs(r, D, 5), rs(r, D, 9), date(r), r.choice(HORSES), r.choice([110, 120, 135]),
                                                           r.choice(HORSES), r.choice([35, 40]), rs(r, UPALNUM, 10)))


def feed_store_stock_take_scan(r):
    items = ["Alfalfa chaff 20kg", "Conditioning cubes 20kg", "Wood shavings bale", "Haylage small bale", "Salt lick 10kg"]
    return "\n".join("%s  %s  qty %d" % (ean13(r), r.choice(items), r.randrange(1, 40)) for _ in range(r.randint(3, 5))) + "\n"


def tack_shop_till_receipt(r):
    items = ["Hoof pick", "Lead rope", "Fly mask", "Numnah (cob)", "Grooming brush"]
    lines = ["SADDLERY & FEED - till 2"]
    for _ in range(r.randint(2, 4)):
        lines.append("%-16s %s  %5.2f" % (r.choice(items), ean13(r), r.uniform(3, 60)))
    lines.append("Card ****%s  AUTH %s" % (rs(r, D, 4), rs(r, D, 6)))
    return "\n".join(lines) + "\n"


def horsebox_tracker_device_list(r):
    rows = ["device,imei,vehicle,plate,firmware"]
    for i in range(r.randint(2, 4)):
        rows.append("trk-%02d,%s,HB-%02d,%s,%s" % (i + 1, luhn_num(r, "35", 15), i + 1,
                                                  rs(r, string.ascii_uppercase, 2) + rs(r, D, 2) + " " + rs(r, string.ascii_uppercase, 3),
                                                  "03.%02d.%02d" % (r.randrange(30), r.randrange(99))))
    return "\n".join(rows) + "\n"


def transport_booking_confirmation(r):
    return ("Booking %s confirmed\nCollection: %s, %s\nVehicle: 7.5t horsebox %s (tracker IMEI %s)\nHorses: %s, %s\n"
            % ("TB" + rs(r, D, 6), r.choice(["Hollybrook Yard", "Oakley Livery", "Fernhill Stud"]), date(r),
               rs(r, string.ascii_uppercase, 2) + rs(r, D, 2) + " " + rs(r, string.ascii_uppercase, 3), luhn_num(r, "86", 15),
               r.choice(HORSES), r.choice(HORSES)))


def covering_certificate_ocr(r):
    return ("COVERING CERTIFICATE No. %s\nStallion: %s (UELN %s)\nMare: %s (UELN %s)\nFirst covered: %s  Last covered: %s\n"
            "Stud book vol. %d, page %d\n" % ("CC" + rs(r, D, 7), r.choice(HORSES), ueln(r), r.choice(HORSES), ueln(r), date(r), date(r),
                                             r.randrange(20, 60), r.randrange(1, 900)))


def stallion_nomination_ledger(r):
    rows = ["nomination,stallion,mare_owner,season,fee_gbp,status"]
    for _ in range(r.randint(3, 4)):
        rows.append("N%d-%s,%s,%s,%d,%d,%s" % (r.choice([2025, 2026]), rs(r, D, 4), r.choice(HORSES), r.choice(RIDERS),
                                               r.choice([2025, 2026]), r.choice([800, 1500, 3500]), r.choice(["booked", "covered", "in foal"])))
    return "\n".join(rows) + "\n"


def results_export_checksum_file(r):
    lines = []
    for name in r.sample(["results_class1.csv", "results_class2.csv", "entries.json", "dressage_scores.pdf", "xc_times.csv"], 3):
        lines.append("%s  %s" % (hashlib.sha256(rbytes(r, 64)).hexdigest(), name))
    return "\n".join(lines) + "\n"


def mobile_app_release_manifest(r):
    return json.dumps({"app": "farrier-round", "version": "3.%d.%d" % (r.randrange(10), r.randrange(20)),
                       "commit": hashlib.sha1(rbytes(r, 32)).hexdigest(),
                       "artifacts": [{"file": "app-release.aab", "sha256": hashlib.sha256(rbytes(r, 64)).hexdigest()},
                                     {"file": "app.ipa", "md5": hashlib.md5(rbytes(r, 64)).hexdigest()}]}, indent=2) + "\n"


def _mapbox_pk(r):
    return "pk." + b64url(json.dumps({"u": "hollybrook-arena", "a": rs(r, LOWALNUM, 25)}, separators=(",", ":")).encode()) + "." + rs(r, B64URL, 22)


def arena_booking_checkout_html(r):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe(\"pk_live_%s\");\n"
            "</script>\n<div class=\"g-recaptcha\" data-sitekey=\"6L%s\"></div>\n<div id=\"map\" data-token=\"%s\"></div>\n"
            % (rs(r, B62, 99), rs(r, B64URL, 38), _mapbox_pk(r)))


def livery_app_firebase_web_config(r):
    proj = r.choice(["livery-yard", "hollybrook-bookings", "feedchart-app"]) + "-" + rs(r, D, 4)
    return ("// public web config, safe to ship in the bundle\nconst firebaseConfig = {\n  apiKey: \"AIza%s\",\n  authDomain: \"%s.firebaseapp.com\",\n"
            "  projectId: \"%s\",\n  messagingSenderId: \"%s\",\n  appId: \"1:%s:web:%s\",\n};\n"
            % (rs(r, B64URL, 35), proj, proj, rs(r, D, 12), rs(r, D, 12), rs(r, HEX, 22)))


def settings_page_screenshot_ocr(r):
    return ("Integrations\nRacecard feed   API key  ••••••••••••%s   [Regenerate]\nTote back office  Operator password  ********  [Change]\n"
            "Exchange bridge  HMAC key  %s…%s  (hidden)\n" % (rs(r, ALNUM, 4), rs(r, HEX, 2), rs(r, HEX, 2)))


def support_bundle_env_dump(r):
    return ("== environment (redacted by support-bundle v%d.%d) ==\nLIVERY_PORTAL_ADMIN_PASSWORD=[REDACTED]\nRACECARD_FEED_API_KEY=rcf_live_****%s\n"
            "ENTRIES_WEBHOOK_SIGNING_SECRET=<hidden %d chars>\nTZ=Europe/London\n" % (r.randrange(1, 4), r.randrange(10), rs(r, ALNUM, 4), r.choice([43, 50])))


def env_example_file(r):
    return ("# copy to .env and fill in\nLIVERY_PORTAL_ADMIN_PASSWORD=\nRACECARD_FEED_API_KEY=<your-racecard-feed-key>\n"
            "TOTE_TERMINAL_OPERATOR_PASSWORD=CHANGE_ME\nEXCHANGE_BRIDGE_HMAC_KEY=${EXCHANGE_BRIDGE_HMAC_KEY:?set in vault}\n"
            "PORT=%d\n" % r.choice([3000, 8080]))


def vendor_quickstart_curl(r):
    return ("curl -s https://api.exchange.example/betting/rest/v1.0/listMarketCatalogue/ \\\n  -H \"X-Application: YOUR_APP_KEY\" \\\n"
            "  -H \"X-Authentication: $SESSION_TOKEN\" \\\n  -d '{\"filter\":{\"eventTypeIds\":[\"7\"]},\"maxResults\":\"%d\"}'\n"
            "# replace YOUR_APP_KEY with the key from your developer account\n" % r.choice([10, 50, 100]))


def docker_swarm_secrets_compose(r):
    return ("services:\n  tote-bridge:\n    image: ghcr.io/racingclub/tote-bridge:%d.%d\n    secrets:\n      - tote_operator_pw\n"
            "    environment:\n      TOTE_OPERATOR_PASSWORD_FILE: /run/secrets/tote_operator_pw\nsecrets:\n  tote_operator_pw:\n    external: true\n"
            % (r.randrange(1, 4), r.randrange(10)))


def github_actions_secrets_context_refs(r):
    return ("    env:\n      RACECARD_FEED_API_KEY: ${{ secrets.RACECARD_FEED_API_KEY }}\n      STUD_BOOK_PORTAL_PASSWORD: ${{ secrets.STUD_BOOK_PW }}\n"
            "      VET_DB_PASSWORD_ARN: arn:aws:secretsmanager:eu-west-2:%s:secret:vetlog/db-%s\n" % (rs(r, D, 12), rs(r, ALNUM, 6)))


def _armour(r, n):
    blob = b64(rbytes(r, n))
    return "\n".join(blob[i:i + 64] for i in range(0, len(blob), 64))


def age_encrypted_env_file(r):
    return "-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----\n" % _armour(r, r.choice([150, 180, 210]))


def openpgp_message_in_ticket(r):
    return ("Ticket #%d - new tote operator creds attached, encrypted to your key:\n\n-----BEGIN PGP MESSAGE-----\n\n%s\n=%s\n"
            "-----END PGP MESSAGE-----\n" % (r.randrange(1000, 9999), _armour(r, r.choice([200, 240])), rs(r, ALNUM, 4)))


BCRYPT = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits


def rider_accounts_sql_dump(r):
    rows = []
    for _ in range(r.randint(2, 3)):
        rows.append("  ('%s@example.org', '$2b$12$%s')" % (r.choice(["aoife", "tom", "priya", "gareth", "isla"]) + rs(r, D, 2), rs(r, BCRYPT, 53)))
    return "INSERT INTO rider (email, password_hash) VALUES\n" + ",\n".join(rows) + ";\n"


def argon2_users_json(r):
    users = [{"login": r.choice(["yardmgr", "clubsec", "entries"]) + rs(r, D, 2),
              "password": "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64(rbytes(r, 16)).rstrip("="), b64(rbytes(r, 32)).rstrip("="))}
             for _ in range(2)]
    return json.dumps(users, indent=2) + "\n"


def stable_whatsapp_thread(r):
    return ("[%02d:%02d] Jo: has anyone got the login for the feed chart laptop?\n[%02d:%02d] Sam: it changed on Monday, I'll tell you "
            "in person, not putting it on here\n[%02d:%02d] Jo: fair, the password sheet in the office is out of date too\n"
            % (r.randrange(6, 9), r.randrange(60), r.randrange(9, 12), r.randrange(60), r.randrange(12, 18), r.randrange(60)))


def livery_it_policy_paragraph(r):
    return ("Yard IT policy (rev. %d): passwords for the livery portal, tote back office and stud book are never written on the "
            "feed-room board or sent in group chats. Use the password manager; API keys live in the vault and are rotated every %d days.\n"
            % (r.randrange(2, 9), r.choice([60, 90, 180])))


CLASSES = [
    ("ueln_passport_numbers_of_horses", [passport_application_form_rows, ueln_lookup_api_response],
     "UELNs (15 characters), microchip numbers, request UUIDs"),
    ("iso_microchip_transponder_codes", [microchip_scanner_read_log, vet_implant_certificate],
     "15-digit FDX-B microchip numbers, box numbers, vet registration numbers"),
    ("racecard_runner_and_meeting_identifiers", [racecard_feed_xml_excerpt, declarations_csv_export],
     "meeting, race and runner ids, trainer licence numbers"),
    ("exchange_market_and_selection_numbers", [exchange_market_catalogue_json, bet_settlement_report_rows],
     "exchange market ids `1.nnnnnnnnn`, selection ids, bet ids"),
    ("tote_ticket_serials_with_luhn_check", [tote_terminal_receipt_text, tote_dividend_notice],
     "16-digit tote ticket serials with a Luhn digit, pool references"),
    ("rider_membership_and_entry_numbers", [competition_entry_confirmation_email, results_system_class_export],
     "membership numbers, horse registration numbers, entry numbers"),
    ("vet_and_farrier_visit_references", [vet_visit_log_rows, farrier_invoice_text],
     "visit ids, medicine batch numbers, invoice and VAT numbers"),
    ("feed_and_bedding_ean_barcodes", [feed_store_stock_take_scan, tack_shop_till_receipt],
     "EAN-13 with real GS1 check digits, a masked card tail and an authorisation code"),
    ("horsebox_tracker_imei_and_plates", [horsebox_tracker_device_list, transport_booking_confirmation],
     "15-digit IMEIs with a Luhn digit, number plates, firmware versions"),
    ("stud_book_and_covering_certificate_numbers", [covering_certificate_ocr, stallion_nomination_ledger],
     "covering certificate and nomination numbers, UELNs"),
    ("release_and_export_sha256_sums", [results_export_checksum_file, mobile_app_release_manifest],
     "real SHA-256 / SHA-1 / MD5 digests of random bytes"),
    ("publishable_browser_keys_on_booking_pages", [arena_booking_checkout_html, livery_app_firebase_web_config],
     "Stripe `pk_live_`, reCAPTCHA site key, Mapbox `pk.` (real base64url JSON), Firebase web `apiKey`"),
    ("starred_and_truncated_values_in_yard_screens", [settings_page_screenshot_ocr, support_bundle_env_dump],
     "masked values with at most a four-character tail, `[REDACTED]`, `<hidden N chars>`"),
    ("setup_guide_placeholders_for_stable_apps", [env_example_file, vendor_quickstart_curl],
     "empty values, `<your-…>`, `CHANGE_ME`, `YOUR_APP_KEY`, `${…:?…}`, shell variables"),
    ("secret_manager_lookups_in_yard_deploys", [docker_swarm_secrets_compose, github_actions_secrets_context_refs],
     "Docker secrets `_FILE` paths, `${{ secrets.X }}`, Secrets Manager ARNs"),
    ("age_and_openpgp_armoured_ciphertext", [age_encrypted_env_file, openpgp_message_in_ticket],
     "age and OpenPGP ASCII-armoured ciphertext of random bytes"),
    ("bcrypt_and_argon2_digests_in_rider_accounts", [rider_accounts_sql_dump, argon2_users_json],
     "bcrypt `$2b$12$…` and `$argon2id$…` one-way hashes (the JSON field is named `password`)"),
    ("yard_chat_about_logins_without_values", [stable_whatsapp_thread, livery_it_policy_paragraph],
     "talk about passwords, keys and logins without any value"),
]


# ---------------------------------------------------------------- presentations
def in_yard_slack_thread(t, r):
    return "#yard-tech  %s: pasting this so we can compare with yesterday's\n```\n%s```\n:thumbsup: 2" % (
        r.choice(["Hannah", "Declan", "Priya"]), t)


def in_livery_helpdesk_ticket(t, r):
    return "Helpdesk ticket LV-%d\nCustomer wrote:\n%s\nAgent: checked, nothing sensitive in here, closing." % (r.randrange(1000, 9999), t)


def in_racing_club_notion_page(t, r):
    return "Racing Club Wiki / Integrations / Notes\nLast edited %s\n\n%s\nSee also: runbook." % (date(r), t)


def in_stable_owner_gmail_forward(t, r):
    return ("---------- Forwarded message ---------\nFrom: office@hollybrook-yard.example\nDate: %s\nSubject: FYI\n\n%s" % (date(r), t))


def in_entries_api_pr_comment(t, r):
    return "review comment on `fixtures/sample.txt` (PR #%d):\n> %s\nLooks fine to commit, no secrets." % (
        r.randrange(100, 999), t.replace("\n", "\n> "))


WRAPPERS = [in_yard_slack_thread, in_livery_helpdesk_ticket, in_racing_club_notion_page, in_stable_owner_gmail_forward,
            in_entries_api_pr_comment]


def generate(forbidden):
    """forbidden: list of strings (positive values, evasion plains and runs) that no negative may contain."""
    rng = random.Random(SEED)
    out = []
    n = 0
    seen = set()
    for cls, kinds, _ in CLASSES:
        for kind in kinds:
            for w in [None] + WRAPPERS:
                for _ in range(50):
                    text = kind(rng)
                    if w:
                        text = w(text, rng)
                    if text not in seen and not any(f in text for f in forbidden):
                        break
                else:
                    raise RuntimeError("negative could not be drawn clean")
                seen.add(text)
                n += 1
                out.append({"id": "%s-n-%04d" % (PREFIX, n), "class": cls,
                            "container": kind.__name__ + ("__" + w.__name__ if w else ""),
                            "text": text, "source": "negative"})
    return out
