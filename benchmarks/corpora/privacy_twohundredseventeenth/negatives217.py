"""Hard negatives of this world: texts that contain no secret but look like they might."""
import base64
import hashlib
import random

from common217 import (ALNUM, B64STD, DIGITS, HEX, LALNUM, LOWER, UALNUM, UPPER, WORLD_WORDS, b64u, crc24,
                       gs1_check, jdump, luhn_digit, rbytes, rs, uuid4, vin_check)

SEED = 21706

CLUBS = [("Riverside RC", "RSR"), ("Otterpool Canoe Club", "OPC"), ("Kingsmead RC", "KMR"), ("Weirside Scullers", "WSS"),
         ("Tarnbeck Outdoor Centre", "TOC"), ("Ashdown Paddlers", "ASP")]
NAMES = ["J. Patel", "R. Owen", "K. Li", "S. Byrne", "A. Moss", "T. Hale", "M. Okafor", "E. Novak", "L. Grant", "D. Shah",
         "F. Idris", "C. Wren", "H. Doyle", "P. Kaur"]
BOATS = ["Kingfisher", "Heron", "Otter", "Mallard", "Grebe", "Coot", "Swift", "Dipper", "Moorhen", "Egret"]
DOM = ["riverside-rc.example", "otterpool-canoes.example", "ashdown-outdoor.example", "tarnbeck-centre.example"]

WRAPPERS = [
    ("", None),
    ("__in_club_slack_thread", lambda r, t: "#boathouse-tech\n%s: can someone sanity-check this before I share it?\n```\n%s```\n%s: looks fine, nothing secret in there\n" % (r.choice(["Morgan", "Ravi", "Bea"]), t, r.choice(["Nat", "Joss", "Ife"]))),
    ("__in_centre_gitea_issue", lambda r, t: "Issue #%d · centre/bookings\nTitle: %s\n\n%s\n" % (r.randint(10, 400), r.choice(["Import fails on this file", "Formatting question", "Is this safe to commit?"]), t)),
    ("__in_committee_email", lambda r, t: "From: secretary@%s\nSubject: FW: for the committee pack\n\nForwarding as discussed.\n\n%s\n" % (r.choice(DOM), t)),
    ("__in_paddling_forum_post", lambda r, t: "Posted by %s in Club Tech & Admin\n\nHow do other clubs lay this out? Ours below.\n\n%s\n" % (r.choice(["sculler_sue", "eddyhopper", "weirwatcher", "cox_mike"]), t)),
]


def ean13(r, prefix="50"):
    body = prefix + rs(r, DIGITS, 10)
    return body + gs1_check(body)


def vin(r):
    alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = "SB9" + rs(r, alpha, 5) + "0" + rs(r, "ABCDEFGHJKLMNPRSTVWXY123456789", 1) + rs(r, alpha, 7)
    v = v[:8] + vin_check(v) + v[9:]
    return v


def hin(r):
    return "GB-" + rs(r, UPPER, 3) + rs(r, UALNUM, 5) + r.choice("ABCDEFGHIJKL") + str(r.randint(0, 9)) + "%02d" % r.randint(10, 26)


def cert(r):
    body = rs(r, DIGITS, 9)
    return "PUK" + body + luhn_digit(body)


def sha(r):
    return hashlib.sha256(rbytes(r, 64)).hexdigest()


def bcrypt_like(r, v="2b"):
    al = "./" + UPPER + LOWER + DIGITS
    return "$%s$%02d$%s" % (v, r.choice([10, 12]), rs(r, al, 53))


def sha512crypt(r):
    al = "./" + UPPER + LOWER + DIGITS
    return "$6$%s$%s" % (rs(r, al, 16), rs(r, al, 86))


def armor(r):
    data = rbytes(r, r.randint(180, 300))
    b = base64.b64encode(data).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    c = crc24(data)
    cs = base64.b64encode(bytes([(c >> 16) & 255, (c >> 8) & 255, c & 255])).decode()
    return "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + cs + "\n-----END PGP MESSAGE-----\n"


def ssh_pub(r):
    kt = b"ssh-ed25519"
    blob = len(kt).to_bytes(4, "big") + kt + (32).to_bytes(4, "big") + rbytes(r, 32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


def mapbox_pk(r):
    return "pk." + b64u(jdump({"u": "riverside" + rs(r, LOWER, 3), "a": "cl" + rs(r, LALNUM, 23)}).encode()) + "." + rs(r, ALNUM + "-_", 22)


def day(r):
    return "2026-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))


def t(r):
    return "%02d:%02d" % (r.randint(5, 20), r.randint(0, 59))


# ------------------------------------------------------------------ base kinds
def regatta_entry_confirmation(r):
    club, code = r.choice(CLUBS)
    lines = ["Entry confirmed – %s Spring Head %d" % (r.choice(["Kingsmead", "Weirside", "Tarnbeck"]), 2026),
             "Club: %s (%s)" % (club, code), "Event: %s  ·  Entry ref RE-%s" % (r.choice(["MasC 4x-", "W J16 2x", "Op 8+", "Nov 1x"]), rs(r, DIGITS, 6))]
    for _ in range(r.randint(2, 4)):
        lines.append("  %s – BR %s – race licence RL%s" % (r.choice(NAMES), rs(r, DIGITS, 7), rs(r, DIGITS, 8)))
    return "\n".join(lines) + "\n"


def membership_renewal_csv(r):
    rows = ["member_no,name,category,br_number,expires"]
    for _ in range(r.randint(3, 5)):
        rows.append("%s-%s,%s,%s,%s,%s" % (r.choice(CLUBS)[1], rs(r, DIGITS, 5), r.choice(NAMES), r.choice(["Senior", "Junior", "Masters", "Social"]), rs(r, DIGITS, 7), day(r)))
    return "\n".join(rows) + "\n"


def boat_register_csv(r):
    rows = ["hull_no,boat,type,hin,built"]
    for _ in range(r.randint(3, 5)):
        rows.append("%d,%s,%s,%s,%d" % (r.randint(1, 90), r.choice(BOATS), r.choice(["1x", "2x", "4x-", "8+", "K1", "C2"]), hin(r), r.randint(1998, 2025)))
    return "\n".join(rows) + "\n"


def insurance_schedule_text(r):
    s = "SCHEDULE OF BOATS – policy MAR/%s/%s\n" % (rs(r, DIGITS, 6), rs(r, UPPER, 2))
    for _ in range(r.randint(2, 4)):
        s += "- %s (%s) HIN %s, sum insured £%d\n" % (r.choice(BOATS), r.choice(["Empacher", "Filippi", "Janousek", "Pyranha", "Wenonah"]), hin(r), r.randint(2, 40) * 1000)
    return s


def gauge_api_response_json(r):
    st = "E%05d" % r.randint(1000, 99999)
    items = ",\n".join("    {\"id\": \"%s\", \"dateTime\": \"%sT%s:00Z\", \"value\": %d.%03d}" % (uuid4(r), day(r), t(r), r.randint(0, 3), r.randrange(1000)) for _ in range(r.randint(2, 4)))
    return "{\n  \"station\": \"%s\",\n  \"parameter\": \"level\",\n  \"unit\": \"mASD\",\n  \"readings\": [\n%s\n  ]\n}\n" % (st, items)


def flood_warning_feed_text(r):
    return "FLOOD ALERT %sWAF%s%s\nIssued %s %s. River levels are rising at %s Weir (station %d).\nSeverity level 3 · message id %s\n" % (
        "%03d" % r.randint(1, 999), rs(r, DIGITS, 2), rs(r, UPPER, 3), day(r), t(r), r.choice(["Kingsmead", "Tarnbeck", "Otterpool"]), r.randint(1000, 9999), uuid4(r))


def flag_board_change_log(r):
    s = ""
    for _ in range(r.randint(3, 5)):
        s += "%sT%s:%02dZ board=%s state=%s->%s by=%s ev=%s\n" % (day(r), t(r), r.randint(0, 59), r.choice(["weir", "upper", "lock"]), r.choice(["GREEN", "AMBER"]), r.choice(["RED", "AMBER", "GREEN"]), r.choice(["coach", "captain", "boatman"]), rs(r, HEX, 20))
    return s


def river_state_email_alert(r):
    return "Subject: River state now %s\n\nThe flag board changed at %s. Stage %d.%02d m at the weir gauge.\nChange id %s · board firmware %d.%d.%d\nNo juniors on the water until further notice.\n" % (
        r.choice(["RED", "AMBER"]), t(r), r.randint(0, 3), r.randrange(100), rs(r, HEX, 24), r.randint(1, 3), r.randint(0, 9), r.randint(0, 30))


def gpx_upload_manifest(r):
    return "".join("%s  outing-%s-%s.gpx\n" % (sha(r), day(r), r.choice(BOATS).lower()) for _ in range(r.randint(2, 4)))


def outing_log_export_csv(r):
    rows = ["outing_id,boat,crew,distance_km,gpx_sha256"]
    for _ in range(r.randint(2, 4)):
        rows.append("%d,%s,%s,%d.%d,%s" % (r.randint(10000, 99999), r.choice(BOATS), r.choice(["M1", "W2", "J16", "Masters"]), r.randint(4, 22), r.randint(0, 9), sha(r)))
    return "\n".join(rows) + "\n"


def instructor_quals_register_csv(r):
    rows = ["instructor,award,cert_no,first_aid_cert,expires"]
    for _ in range(r.randint(3, 5)):
        rows.append("%s,%s,%s,FA-%s,%s" % (r.choice(NAMES), r.choice(["Paddlesport Instructor", "Coach L2", "SUP Instructor", "Open Canoe Leader"]), cert(r), rs(r, DIGITS, 8), day(r)))
    return "\n".join(rows) + "\n"


def award_certificate_footer(r):
    return "This certifies that %s holds the %s award.\nCertificate no. %s · issued %s · verify at verify.paddle-awards.example\n" % (
        r.choice(NAMES), r.choice(["Paddlesport Instructor", "Coastal Leader", "White Water Safety"]), cert(r), day(r))


def consent_form_pdf_footer(r):
    return "Form ID %s · School LAESTAB %03d/%04d · Trip ref TR-%d-%04d · Page 1 of 2\nParent/carer signature ____________  Date __/__/____\n" % (
        uuid4(r), r.randint(200, 999), r.randint(1000, 9999), 2026, r.randint(1, 9999))


def trip_booking_confirmation_email(r):
    return "Dear Ms %s,\nyour booking BK-%s for Year %d (%d pupils, %d staff) is confirmed for %s.\nConsent link id: %s\nRatio: 1:%d on the water.\n" % (
        r.choice(["Okafor", "Hughes", "Nowak", "Evans"]), rs(r, UALNUM, 8), r.randint(5, 10), r.randint(12, 32), r.randint(2, 5), day(r), uuid4(r), r.choice([6, 8]))


def kit_check_log_csv(r):
    rows = ["ba_no,size,serial,gtin,checked,result"]
    for _ in range(r.randint(3, 5)):
        rows.append("BA-%02d,%s,%s%s,%s,%s,%s" % (r.randint(1, 80), r.choice(["S", "M", "L", "XL", "Junior"]), rs(r, UPPER, 2), rs(r, DIGITS, 8), ean13(r), day(r), r.choice(["PASS", "PASS", "RETIRE"])))
    return "\n".join(rows) + "\n"


def supplier_delivery_note(r):
    s = "DELIVERY NOTE DN%s\n" % rs(r, DIGITS, 7)
    for _ in range(r.randint(2, 4)):
        s += "%d x buoyancy aid %s 50N ISO 12402-5 · EAN %s · batch %s\n" % (r.randint(2, 12), r.choice(["Centre", "Flow", "Guide"]), ean13(r), rs(r, UALNUM, 6))
    return s


def trailer_service_record(r):
    return "TRAILER SERVICE – %s\nVIN %s · plate %s%d %s · hitch lock S/N %s\nBearings regreased, lights OK, next service %s\n" % (
        r.choice(["8-boat", "12-boat", "canoe"]), vin(r), rs(r, UPPER, 2), r.randint(10, 75), rs(r, UPPER, 3), rs(r, DIGITS, 9), day(r))


def towing_check_sheet(r):
    return "Towing check %s\nTrailer VIN: %s\nTow vehicle VIN: %s\nDriver: %s (B+E)  Boats strapped: %d\n" % (day(r), vin(r), vin(r), r.choice(NAMES), r.randint(4, 12))


def door_controller_audit_log(r):
    s = ""
    for _ in range(r.randint(3, 5)):
        s += "%s %s:%02d door=%s user=%s %s result=%s\n" % (day(r), t(r), r.randint(0, 59), r.choice(["BH-MAIN", "BH-GYM", "LOCK-14"]), r.choice(["coach", "captain", "boatman", "juniors"]),
                                                         r.choice(["pin=••••", "card=****%s" % rs(r, DIGITS, 4), "console_password=[hidden]", "code=******"]), r.choice(["GRANTED", "DENIED"]))
    return s


def keyholder_list_export(r):
    rows = ["name,role,door_code,fob"]
    for _ in range(r.randint(3, 5)):
        rows.append("%s,%s,%s,%s" % (r.choice(NAMES), r.choice(["Captain", "Boatman", "Coach", "Bosun"]), r.choice(["[redacted]", "••••••", "(ask captain)"]), "****" + rs(r, DIGITS, 4)))
    return "\n".join(rows) + "\n"


def hire_checkout_page_html(r):
    return "<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51%s');\n  posthog.init('phc_%s', { api_host: 'https://eu.i.posthog.com' });\n</script>\n" % (rs(r, ALNUM, 97), rs(r, ALNUM, 43))


def river_map_embed_js(r):
    return "// public map widget – browser key restricted to *.%s referrers\nmapboxgl.accessToken = '%s';\nconst gmaps = 'https://maps.googleapis.com/maps/api/js?key=AIza%s&callback=initMap';\n" % (r.choice(DOM), mapbox_pk(r), rs(r, ALNUM + "-_", 35))


EVERY_KEYS = ["BOAT_BOOKING_ADMIN_PASSWORD", "CREW_LIST_DB_PASSWORD", "RIVER_BOARD_CONSOLE_PASSWORD", "QUALS_PORTAL_PASSWORD",
              "CONSENT_PORTAL_PASSWORD", "BOATHOUSE_DOOR_PASSWORD", "OUTING_LOG_API_KEY", "GAUGE_INGEST_TOKEN", "FLAG_WEBHOOK_SECRET",
              "CONSENT_SERVICE_JWT", "WIREGUARD_PRIVATE_KEY", "KEYSAFE_TOTP_SEED"]
PLACEHOLDERS = {"OUTING_LOG_API_KEY": ["olk_000000000000.<32-char-key>", "olk_<id>.<key>"],
                "GAUGE_INGEST_TOKEN": ["rgi_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", ""],
                "FLAG_WEBHOOK_SECRET": ["sfbsec_REPLACE_ME", "${FLAG_WEBHOOK_SECRET:?set in Doppler}"],
                "CONSENT_SERVICE_JWT": ["eyJ...", "<paste from consent admin>"],
                "WIREGUARD_PRIVATE_KEY": ["<output of wg genkey>", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="],
                "KEYSAFE_TOTP_SEED": ["JBSWY3DPEXAMPLE", "<base32 seed>"]}


def _ph(r, k):
    return r.choice(PLACEHOLDERS.get(k, ["CHANGE_ME", "changeme", "", "<ask the webmaster>", "${%s:?missing}" % k]))


def bookings_env_template(r):
    keys = r.sample(EVERY_KEYS, 6)
    return "# .env.example – copy to .env and fill in\n" + "".join("%s=%s\n" % (k, _ph(r, k)) for k in keys)


def contributor_setup_readme(r):
    keys = r.sample(EVERY_KEYS, 4)
    s = "## Local setup\n\n1. Copy `.env.example` to `.env`.\n2. Ask the webmaster for real values; never commit them.\n\n```\n"
    s += "".join("%s=%s\n" % (k, _ph(r, k)) for k in keys)
    return s + "```\n"


def sealed_secret_manifest_yaml(r):
    return "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: bookings\n  namespace: centre\nspec:\n  encryptedData:\n    CREW_LIST_DB_PASSWORD: AgB%s\n" % base64.b64encode(rbytes(r, 270)).decode()


def vault_agent_template(r):
    return ("{{ with secret \"secret/data/centre/bookings\" }}\nBOAT_BOOKING_ADMIN_PASSWORD={{ .Data.data.admin }}\n{{ end }}\n"
            "CREW_LIST_DB_PASSWORD=op://Club/Crew DB/password\nKEYSAFE_TOTP_SEED=arn:aws:secretsmanager:eu-west-2:%s:secret:keysafe-%s\n") % (rs(r, DIGITS, 12), rs(r, ALNUM, 6))


def users_table_dump_sql(r):
    s = "INSERT INTO users (email, password) VALUES\n"
    s += ",\n".join("  ('%s@%s', '%s')" % (r.choice(["coach", "captain", "boatman", "evc", "desk"]) + rs(r, DIGITS, 2), r.choice(DOM), bcrypt_like(r)) for _ in range(r.randint(2, 4)))
    return s + ";\n"


def htpasswd_and_shadow_excerpt(r):
    return "# /etc/nginx/flagboard.htpasswd\nflagboard:%s\n# /etc/shadow (excerpt)\npi:%s:%d:0:99999:7:::\n" % (bcrypt_like(r, "2y"), sha512crypt(r), r.randint(19000, 20500))


def encrypted_medical_export_asc(r):
    return "medical-notes-%s.csv.asc (encrypted to the EVC key)\n\n%s" % (day(r), armor(r))


def backup_job_log_with_armor(r):
    return "[%s %s] backup: encrypting consent export for offsite copy\n%s[%s %s] backup: done (%d KiB)\n" % (day(r), t(r), armor(r), day(r), t(r), r.randint(3, 900))


PROSE = [
    "Never write a password on the boathouse whiteboard, even for an hour.",
    "Each instructor has their own login; do not share accounts at the centre desk.",
    "Passwords for the booking system are kept in the club password manager, not in the committee WhatsApp.",
    "If you think a password has been seen by someone else, tell the webmaster and change it the same day.",
    "Use a long passphrase rather than a short word with numbers added.",
    "The kit store door code is changed at the start of every season and given out in person only.",
    "Parents will never be asked for a password by phone or text.",
    "Volunteers need a DBS check before they are given any login to the consent-form portal.",
    "Two-factor authentication is switched on for every admin account.",
    "Do not paste secrets into tickets; link to the entry in the password manager instead.",
    "Old accounts are removed when a coach leaves the club.",
    "Screens in the boathouse office lock after five minutes.",
]


def volunteer_handbook_page(r):
    return "VOLUNTEER HANDBOOK – section %d: accounts and passwords\n\n" % r.randint(3, 9) + "\n".join("- " + p for p in r.sample(PROSE, 5)) + "\n"


def dbs_and_it_induction_checklist(r):
    return "Induction checklist for %s\n" % r.choice(NAMES) + "\n".join("[%s] %s" % (r.choice(["x", " "]), p) for p in r.sample(PROSE, 4)) + "\n"


def strava_app_settings_page(r):
    return "My API Application\nApplication Name: %s Outings\nClient ID: %s\nClient Secret: •••••••••••• (show)\nAuthorization Callback Domain: outings.%s\nRate limits: 200 / 15 min\n" % (r.choice(CLUBS)[0], rs(r, DIGITS, 6), r.choice(DOM))


def google_signin_config_json(r):
    return "{\n  \"web\": {\n    \"client_id\": \"%s-%s.apps.googleusercontent.com\",\n    \"project_id\": \"club-bookings-%s\",\n    \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",\n    \"javascript_origins\": [\"https://book.%s\"]\n  }\n}\n" % (
        rs(r, DIGITS, 12), rs(r, LALNUM, 32), rs(r, DIGITS, 6), r.choice(DOM))


def wg_peer_config_public_only(r):
    s = "# peers of the boathouse VPN (public keys only)\n"
    for _ in range(r.randint(2, 3)):
        s += "[Peer]\n# %s\nPublicKey = %s\nAllowedIPs = 10.66.0.%d/32\nEndpoint = vpn.%s:51820\n\n" % (r.choice(["gauge-relay", "office-pc", "flagboard", "coach-laptop"]), base64.b64encode(rbytes(r, 32)).decode(), r.randint(2, 250), r.choice(DOM))
    return s


def authorized_keys_boathouse_pi(r):
    return "".join("%s %s@%s\n" % (ssh_pub(r), r.choice(["coach", "webmaster", "boatman"]), r.choice(["laptop", "desk", "phone"])) for _ in range(r.randint(2, 3)))


def timing_system_export_csv(r):
    rows = ["bib,crew_id,transponder,start,finish,elapsed"]
    for _ in range(r.randint(3, 5)):
        rows.append("%d,%s-%s,%s,%s:%02d.%d,%s:%02d.%d,%d:%02d.%d" % (r.randint(1, 300), r.choice(CLUBS)[1], rs(r, UALNUM, 4), rs(r, HEX, 12).upper(), t(r), r.randint(0, 59), r.randint(0, 9), t(r), r.randint(0, 59), r.randint(0, 9), r.randint(6, 20), r.randint(0, 59), r.randint(0, 9)))
    return "\n".join(rows) + "\n"


def results_page_html(r):
    rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td data-result-id=\"%s\">%d:%02d.%d</td></tr>\n" % (i + 1, r.choice(CLUBS)[0], r.choice(NAMES), rs(r, LALNUM, 21), r.randint(6, 20), r.randint(0, 59), r.randint(0, 9)) for i in range(r.randint(3, 5)))
    return "<table class=\"results\">\n%s</table>\n" % rows


def launch_point_directory(r):
    s = ""
    for _ in range(r.randint(2, 4)):
        s += "%s slipway – grid %s %03d %03d – ///%s.%s.%s – %d.%04d, -%d.%04d\n" % (r.choice(BOATS), r.choice(["SU", "TQ", "SD", "NY"]), r.randrange(1000), r.randrange(1000),
                                                                                    r.choice(WORLD_WORDS), r.choice(WORLD_WORDS), r.choice(WORLD_WORDS), r.randint(50, 55), r.randrange(10000), r.randint(0, 3), r.randrange(10000))
    return s


def trip_route_card(r):
    return "ROUTE CARD – %s\nPut in: %s %04d %04d\nTake out: %s %04d %04d\nEscape points: ///%s.%s.%s\nGroup: %d + %d leaders, ratio 1:%d\n" % (
        day(r), r.choice(["SU", "SD"]), r.randrange(10000), r.randrange(10000), r.choice(["SU", "SD"]), r.randrange(10000), r.randrange(10000),
        r.choice(WORLD_WORDS), r.choice(WORLD_WORDS), r.choice(WORLD_WORDS), r.randint(6, 16), r.randint(2, 3), r.choice([6, 8]))


CLASSES = [
    ("rowing_membership_and_licence_numbers", "membership, British Rowing and race-licence numbers, entry refs", regatta_entry_confirmation, membership_renewal_csv),
    ("boat_hull_identification_numbers", "ISO 10087-style hull identification numbers (HIN), policy numbers", boat_register_csv, insurance_schedule_text),
    ("river_gauge_station_readings", "gauge station ids, levels, UUIDv4 reading and message ids, flood-area codes", gauge_api_response_json, flood_warning_feed_text),
    ("safety_flag_board_history", "flag-board state changes with 20/24-hex event ids (look like keys)", flag_board_change_log, river_state_email_alert),
    ("outing_log_track_digests", "SHA-256 digests of GPX tracks (real digests of random bytes)", gpx_upload_manifest, outing_log_export_csv),
    ("coaching_award_certificate_numbers", "award certificate numbers `PUK` + 9 digits + a real Luhn check digit, first-aid numbers", instructor_quals_register_csv, award_certificate_footer),
    ("school_trip_consent_references", "LAESTAB numbers, trip and booking refs, consent-form UUIDv4s", consent_form_pdf_footer, trip_booking_confirmation_email),
    ("buoyancy_aid_serials_and_gtins", "buoyancy-aid serials and EAN-13 numbers with real GS1 check digits", kit_check_log_csv, supplier_delivery_note),
    ("trailer_vin_and_plate_numbers", "17-character VINs with a real ISO 3779 (position 9) check digit, plates, lock serials", trailer_service_record, towing_check_sheet),
    ("boathouse_door_audit_masked", "door-controller audit lines and keyholder lists with masked PINs, cards and codes", door_controller_audit_log, keyholder_list_export),
    ("booking_widget_public_keys", "Stripe `pk_live_`, PostHog `phc_` project key, Mapbox `pk.` (real base64url JSON), referrer-restricted browser Maps key", hire_checkout_page_html, river_map_embed_js),
    ("env_template_placeholders", "`.env.example` / README placeholders with the real everyday key names", bookings_env_template, contributor_setup_readme),
    ("sealed_secret_and_vault_pointers", "SealedSecret ciphertext (random bytes), Vault template lookups, `op://` and Secrets Manager ARNs", sealed_secret_manifest_yaml, vault_agent_template),
    ("bcrypt_and_sha512crypt_hashes", "bcrypt `$2b$` / `$2y$` and sha512-crypt `$6$` strings (random in frame; the column says password)", users_table_dump_sql, htpasswd_and_shadow_excerpt),
    ("gpg_armored_encrypted_exports", "ASCII-armored PGP messages (random bytes, real CRC-24 armor checksum)", encrypted_medical_export_asc, backup_job_log_with_armor),
    ("safeguarding_and_password_policy_prose", "handbook and induction prose about passwords with none in it", volunteer_handbook_page, dbs_and_it_induction_checklist),
    ("oauth_public_client_ids", "Strava client ids with a masked secret, Google OAuth client ids and project ids", strava_app_settings_page, google_signin_config_json),
    ("wireguard_and_ssh_public_keys", "WireGuard peer public keys (same shape as the labelled private key) and `ssh-ed25519` keys with real wire framing", wg_peer_config_public_only, authorized_keys_boathouse_pi),
    ("regatta_timing_and_results_ids", "bib numbers, crew ids, 12-hex transponder ids, 21-character result ids", timing_system_export_csv, results_page_html),
    ("launch_point_grid_references", "OS grid references, what3words-style addresses, coordinates", launch_point_directory, trip_route_card),
]


def generate(forbidden, hidden):
    """forbidden: list of registered strings; a negative is redrawn if it contains any of 6+ chars or a hidden password."""
    rng = random.Random(SEED)
    bad = [s for s in forbidden if len(s) >= 6] + list(hidden)
    recs = []
    for cname, _desc, k1, k2 in CLASSES:
        for kind in (k1, k2):
            for wsuffix, wrap in WRAPPERS:
                for _ in range(100):
                    body = kind(rng)
                    text = wrap(rng, body) if wrap else body
                    if not any(b in text for b in bad):
                        break
                else:
                    raise RuntimeError("negative could not avoid registered strings")
                recs.append((cname, kind.__name__ + wsuffix, text))
    return recs
