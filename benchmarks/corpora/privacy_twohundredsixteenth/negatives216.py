"""Hard negatives of the model-railway / hobby-shop / RC-club world: texts
that look like they might hold a credential but hold none."""
import base64
import hashlib
import random

from common216 import (ALNUM, B64URL, DIGITS, HEX, LOWALNUM, UPALNUM, UPPER, crc24,
                       ean13_digit, isbn10_digit, rbytes, rs, s10_digit, uuid4)

SEED = 21606

BCRYPT64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
MAKERS = ["Hornby", "Bachmann", "Dapol", "Heljan", "Accurascale", "Tamiya", "Kyosho", "Schumacher", "Peco", "Gaugemaster"]
CLUBS = ["Eastfield MRC", "Kestrel RC Club", "Hollowvale MRS", "Dunmere Model Railway Club", "Marshbrook Models"]
PEOPLE = ["R. Hale", "S. Patel", "J. Moss", "K. Okafor", "D. Lind", "P. Marsh", "A. Novak", "T. Reid"]


def _ean13(rng, prefix):
    body = prefix + rs(rng, DIGITS, 12 - len(prefix))
    return body + ean13_digit(body)


def _isbn13(rng):
    body = "978" + rs(rng, DIGITS, 9)
    return body + ean13_digit(body)


def _isbn10(rng):
    body = rs(rng, DIGITS, 9)
    return body + isbn10_digit(body)


def _s10(rng):
    serial = rs(rng, DIGITS, 8)
    return rng.choice(["RR", "RB", "CP", "LX", "VV"]) + serial + s10_digit(serial) + "GB"


def _mac(rng):
    b = rbytes(rng, 6)
    b = bytes([b[0] & 0xFC]) + b[1:]
    return ":".join("%02x" % x for x in b)


# -------------------------------------------------------------------------- kinds
def k_cv_log(rng):
    addr = rng.randint(128, 9999)
    cv17 = 192 + addr // 256
    cv18 = addr % 256
    return ("Reading decoder on programming track...\nCV1 = %d\nCV7 = %d (version)\nCV8 = %d (manufacturer)\n"
            "CV17 = %d, CV18 = %d -> long address %d\nCV29 = 38\nDecoder serial: %s\n"
            % (rng.randint(1, 127), rng.randint(10, 99), rng.choice([97, 151, 129, 145, 62]), cv17, cv18, addr,
               "%08X" % rng.getrandbits(32)))


def k_roster_xml(rng):
    num = "%d%03d" % (rng.choice([37, 47, 66, 20, 31]), rng.randint(1, 999))
    return ('<locomotive id="%s" fileName="%s.xml" roadNumber="%s" roadName="BR" mfg="%s" dccAddress="%d" '
            'comment="sound fitted, keep-alive">\n  <decoder model="LokSound 5" family="ESU" serial="%s"/>\n</locomotive>\n'
            % (num, num, num, rng.choice(MAKERS), int(num) % 10000, rs(rng, UPALNUM, 10)))


def k_heat_transponders(rng):
    rows = ["Heat %d - 1/10 touring" % rng.randint(1, 9)]
    for i in range(5):
        rows.append("%d. %-10s car %2d  transponder %d" % (i + 1, rng.choice(PEOPLE), rng.randint(1, 40), rng.randint(1000000, 9999999)))
    return "\n".join(rows) + "\n"


def k_peg_board(rng):
    rows = ["band,channel,frequency,member"]
    for _ in range(4):
        ch = rng.randint(61, 80)
        rows.append("35MHz,%d,%.3f MHz,%s" % (ch, 35.010 + (ch - 61) * 0.010, rng.choice(PEOPLE)))
    rows.append("2.4GHz,-,FHSS,%s" % rng.choice(PEOPLE))
    return "\n".join(rows) + "\n"


def k_flyer_card(rng):
    return ("CIVIL AVIATION AUTHORITY\nFlyer ID: GBR-RP-%s\nOperator ID (display on aircraft): GBR-OP-%s\n"
            "BMFA No. %06d   Achievement: A certificate\nValid until %02d/%02d/2027\n"
            % (rs(rng, UPALNUM, 8), rs(rng, UPALNUM, 12), rng.randint(100000, 999999), rng.randint(1, 28), rng.randint(1, 12)))


def k_flying_register(rng):
    rows = ["date,member,bmfa_no,operator_id,model,flights"]
    for _ in range(4):
        rows.append("2026-0%d-%02d,%s,%06d,GBR-OP-%s,%s,%d" % (rng.randint(1, 9), rng.randint(1, 28), rng.choice(PEOPLE),
                                                             rng.randint(100000, 999999), rs(rng, UPALNUM, 12),
                                                             rng.choice(["Wot 4", "Acro Wot", "Riot", "Bixler"]), rng.randint(1, 6)))
    return "\n".join(rows) + "\n"


def k_results_csv(rng):
    rows = ["pos,driver,transponder,laps,time,best_lap"]
    for i in range(5):
        rows.append("%d,%s,%d,%d,5:%02d.%02d,%d.%02d" % (i + 1, rng.choice(PEOPLE), rng.randint(1000000, 9999999), rng.randint(18, 26),
                                                    rng.randint(0, 59), rng.randint(0, 99), rng.randint(9, 14), rng.randint(0, 99)))
    return "\n".join(rows) + "\n"


def k_timing_json(rng):
    return ('{"meeting":"%s winter series rd %d","heat":"%s","decoder":"RC4 #%d","laps":[%s]}\n'
            % (rng.choice(CLUBS), rng.randint(1, 6), rs(rng, UPPER, 1) + "-final", rng.randint(1000, 9999),
               ",".join('{"tx":%d,"lap":%d,"t":%d.%03d}' % (rng.randint(1000000, 9999999), i + 1, rng.randint(9, 14), rng.randint(0, 999)) for i in range(4))))


def k_stock_csv(rng):
    rows = ["sku,description,ean,qty"]
    for _ in range(4):
        rows.append("%s,%s %s,%s,%d" % ("R" + rs(rng, DIGITS, 4) + rs(rng, UPPER, 1), rng.choice(MAKERS),
                                         rng.choice(["Class 37 loco", "brake van", "point motor", "LiPo 2S 5000"]),
                                         _ean13(rng, "50"), rng.randint(0, 14)))
    return "\n".join(rows) + "\n"


def k_invoice_lines(rng):
    rows = ["INVOICE %s-%06d" % (rng.choice(["HB", "TAM", "PEC"]), rng.randint(1, 999999))]
    for _ in range(3):
        rows.append("%s  EAN %s  x%d  £%d.%02d" % (rs(rng, DIGITS, 5), _ean13(rng, "45"), rng.randint(1, 6), rng.randint(4, 120), rng.randint(0, 99)))
    return "\n".join(rows) + "\n"


def k_books_csv(rng):
    rows = ["title,isbn13,isbn10,price"]
    for t in rng.sample(["Branch Line Modelling", "Signalling the GWR", "RC Car Setup Guide", "Scenic Techniques", "Diesel Depots"], 3):
        rows.append("%s,%s,%s,%d.%02d" % (t, _isbn13(rng), _isbn10(rng), rng.randint(5, 30), rng.randint(0, 99)))
    return "\n".join(rows) + "\n"


def k_book_listing(rng):
    return ("FOR SALE at the swap meet: 'Track Plans for Small Spaces', ISBN %s, good condition, £%d.\n"
            "Also 'Model Aircraft Engines' (ISBN-10 %s).\n" % (_isbn13(rng), rng.randint(3, 15), _isbn10(rng)))


def k_checkout_html(rng):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_51%s");\n'
            '  const sq = { applicationId: "sq0idp-%s", locationId: "L%s" };\n</script>\n'
            '<script src="https://www.paypal.com/sdk/js?client-id=A%s&currency=GBP"></script>\n'
            % (rs(rng, ALNUM, 97), rs(rng, B64URL, 22), rs(rng, UPALNUM, 12), rs(rng, B64URL, 79)))


def k_theme_json(rng):
    return ('{\n  "storefront": {\n    "domain": "marshbrook-models.myshopify.com",\n    "storefrontAccessToken": "%s",\n'
            '    "note": "public Storefront API token - safe in the browser"\n  },\n  "mapbox": "pk.%s.%s"\n}\n'
            % (rs(rng, HEX, 32), base64.urlsafe_b64encode(('{"u":"marshbrook%d","a":"%s"}' % (rng.randint(1, 99), rs(rng, LOWALNUM, 25))).encode()).decode().rstrip("="),
               rs(rng, B64URL, 22)))


def k_map_embed(rng):
    return ('<!-- club field location map (key restricted to https://kestrel-rc.example/*) -->\n'
            '<script async src="https://maps.googleapis.com/maps/api/js?key=AIza%s&callback=initMap"></script>\n'
            % rs(rng, B64URL, 35))


def k_venue_map_js(rng):
    return ('// venue map for the swap meet page - browser key, referrer-locked\n'
            'const tiles = "https://api.maptiler.com/maps/streets/{z}/{x}/{y}.png?key=%s";\n'
            'const gmapsBrowserKey = "AIza%s";\n' % (rs(rng, ALNUM, 20), rs(rng, B64URL, 35)))


def k_env_example(rng):
    return ("# .env.example - copy to .env and fill in\nCV_SYNC_TOKEN=dcv_<30 chars>_<crc32>\nTRANSPONDER_API_KEY=tpr_%s_0000\n"
            "TIMING_DB_PASSWORD=\nTICKET_PASERK_KEY=k4.local.<paste-your-key>\nADMIN_TOTP_SECRET=${ADMIN_TOTP_SECRET:?set me}\n"
            "JMRI_WEB_PASSWORD=<ask the layout manager>\n# build %d\n" % ("x" * rng.choice([16, 24, 32]), rng.randint(100, 999)))


def k_readme_md(rng):
    return ("## Configuring cv-sync\n\nSet `CV_SYNC_TOKEN` to the token from the admin page. It looks like "
            "`dcv_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_XXXXXXXX`.\nFor local testing use `EXHIBITION_SIGNING_KEY=exk_example` "
            "and the password `your-password-here`.\n(doc rev %d)\n" % rng.randint(2, 40))


def k_deploy_log(rng):
    return ("Run ./deploy.sh\n  env:\n    STRIPE_LIVE_SECRET_KEY: ***\n    SUMUP_SECRET_API_KEY: ***\n"
            "[deploy] using key sk_live_****%s\n[deploy] done in %ds\n" % (rs(rng, ALNUM, 4), rng.randint(20, 200)))


def k_journal(rng):
    return ("Jan %02d 19:%02d:%02d timing-pi lapcounter[%d]: connecting with TIMING_DB_PASSWORD=[REDACTED]\n"
            "Jan %02d 19:%02d:%02d timing-pi lapcounter[%d]: feed token tpr_%s…(masked)\n"
            % (rng.randint(1, 28), rng.randint(0, 59), rng.randint(0, 59), rng.randint(300, 9000),
               rng.randint(1, 28), rng.randint(0, 59), rng.randint(0, 59), rng.randint(300, 9000), "•" * 8))


def k_op_refs(rng):
    return ('# .env.tpl - resolved by `op run --env-file .env.tpl`\nJMRI_WEB_PASSWORD="op://Club Layout/JMRI web/password"\n'
            'STRIPE_LIVE_SECRET_KEY="op://Shop/Stripe live/credential"\nTIMING_DB_PASSWORD="op://Timing/db-%d/password"\n' % rng.randint(1, 9))


def k_gcloud_script(rng):
    return ("#!/bin/sh\nexport TRANSPONDER_API_KEY=\"$(gcloud secrets versions access latest --secret=transponder-api-key)\"\n"
            "export TIMING_DB_PASSWORD=\"$(aws ssm get-parameter --with-decryption --name /club/timing/db-%d --query Parameter.Value --output text)\"\n" % rng.randint(1, 9))


def k_members_dump(rng):
    rows = ["INSERT INTO members (id, email, password_hash) VALUES"]
    for i in range(3):
        rows.append("(%d, 'member%d@hollowvale.example', '$2y$12$%s')," % (rng.randint(100, 999), rng.randint(1, 999), rs(rng, BCRYPT64, 53)))
    return "\n".join(rows) + "\n"


def k_htpasswd(rng):
    return ("# /etc/nginx/.htpasswd-bookings\nmarshal:$2y$10$%s\ntimekeeper:$y$j9T$%s$%s\n"
            % (rs(rng, BCRYPT64, 53), rs(rng, BCRYPT64, 22), rs(rng, BCRYPT64, 43)))


def _armor(rng):
    data = rbytes(rng, rng.randint(90, 150))
    b = base64.b64encode(data).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    c = crc24(data)
    return "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + base64.b64encode(c.to_bytes(3, "big")).decode() + "\n-----END PGP MESSAGE-----\n"


def k_members_asc(rng):
    return "members-2026.csv.asc (encrypted to the membership secretary's key)\n" + _armor(rng)


def k_insurance_pgp(rng):
    return "Subject: insurance schedule (encrypted)\n\nPlease decrypt with your own key.\n\n" + _armor(rng)


def k_rules_page(rng):
    return ("Club IT rules (rev %d)\n- Never write the layout PC password on the noticeboard.\n- Passwords are shared only by the chair, in person.\n"
            "- Use at least 14 characters; a railway word plus numbers is fine but not your loco number.\n- Change the till password after each swap meet.\n" % rng.randint(2, 12))


def k_welcome_email(rng):
    return ("Welcome to %s!\nYou will get your booking-site login in a separate message. We will never ask for your password by e-mail, "
            "and committee members will never send one in the newsletter. Membership no. %d.\n" % (rng.choice(CLUBS), rng.randint(1000, 9999)))


def k_sha256sums(rng):
    rows = []
    for f in ["CommandStation-EX-v5.%d.%d-mega.hex" % (rng.randint(0, 4), rng.randint(0, 40)), "EX-Turntable-v0.%d.zip" % rng.randint(1, 9), "EX-IOExpander.bin"]:
        rows.append("%s  %s" % (hashlib.sha256(rbytes(rng, 32)).hexdigest(), f))
    return "\n".join(rows) + "\n"


def k_ota_manifest(rng):
    return ('{"name":"signal-node","version":"1.%d.%d","builds":[{"chipFamily":"ESP8266","parts":[{"path":"fw.bin","sha256":"%s","md5":"%s"}]}]}\n'
            % (rng.randint(0, 9), rng.randint(0, 20), hashlib.sha256(rbytes(rng, 32)).hexdigest(), hashlib.md5(rbytes(rng, 16)).hexdigest()))


def k_ssh_prompt(rng):
    fp = base64.b64encode(hashlib.sha256(rbytes(rng, 32)).digest()).decode().rstrip("=")
    return ("The authenticity of host 'pi-fiddleyard (10.0.4.%d)' can't be established.\nED25519 key fingerprint is SHA256:%s.\n"
            "Are you sure you want to continue connecting (yes/no/[fingerprint])? yes\n" % (rng.randint(2, 250), fp))


def k_known_hosts_notes(rng):
    md5 = ":".join("%02x" % b for b in hashlib.md5(rbytes(rng, 16)).digest())
    fp = base64.b64encode(hashlib.sha256(rbytes(rng, 32)).digest()).decode().rstrip("=")
    return "Layout Pis - host keys to check on first login\n- pi-station: SHA256:%s\n- old timing box (RSA, MD5): %s\n" % (fp, md5)


def k_dispatch_email(rng):
    return ("Your order #%d from Marshbrook Models has been dispatched with Royal Mail Tracked 48.\nTracking number: %s\n"
            % (rng.randint(10000, 99999), _s10(rng)))


def k_click_drop_csv(rng):
    rows = ["order_ref,service,tracking,weight_g"]
    for _ in range(3):
        rows.append("MM-%d,TPN,%s,%d" % (rng.randint(10000, 99999), _s10(rng), rng.randint(100, 2000)))
    return "\n".join(rows) + "\n"


def k_dhcp_leases(rng):
    rows = ["IP            MAC                hostname"]
    for h in ["dccex-eastfield", "pi-fiddleyard", "throttle-03", "shop-till"]:
        rows.append("10.0.4.%-4d %s  %s" % (rng.randint(2, 250), _mac(rng), h))
    return "\n".join(rows) + "\n"


def k_network_md(rng):
    return ("| SSID | band | BSSID |\n|---|---|---|\n| ClubLayoutNet | 2.4 GHz | %s |\n| DCCEX_%s | 2.4 GHz | %s |\n"
            % (_mac(rng), rs(rng, HEX, 6), _mac(rng)))


def k_insurance_cert(rng):
    return ("CERTIFICATE OF INSURANCE\nPolicy No: MRC/%06d/%02d\nInsured: %s\nPublic liability: £10,000,000\nMember ref: %s-%05d\n"
            % (rng.randint(0, 999999), rng.randint(20, 27), rng.choice(CLUBS), rs(rng, UPPER, 3), rng.randint(0, 99999)))


def k_renewal_letter(rng):
    return ("Dear member,\nyour membership no. %d is due for renewal on %02d/%02d/2026. Your BMFA number %06d stays the same.\n"
            % (rng.randint(1000, 9999), rng.randint(1, 28), rng.randint(1, 12), rng.randint(100000, 999999)))


def k_exhibition_confirm(rng):
    return ("Booking confirmed: layout 'Hollowvale Junction', stand %s%d, exhibition ref EXH-2026-%04d\nBooking id: %s\n"
            % (rs(rng, UPPER, 1), rng.randint(1, 30), rng.randint(1, 9999), uuid4(rng)))


def k_slot_ical(rng):
    return ("BEGIN:VEVENT\nUID:%s@bookings.kestrel-rc.example\nDTSTART:202602%02dT1%d0000Z\nSUMMARY:Track slot - 1/10 touring\nEND:VEVENT\n"
            % (uuid4(rng), rng.randint(1, 28), rng.randint(0, 9)))


CLASSES = [
    ("dcc_loco_address_and_cv_readouts", "DCC long / short addresses, CV values, manufacturer ids, decoder serials",
     [("decoder_cv_readback_log", k_cv_log), ("loco_roster_xml_entry", k_roster_xml)]),
    ("rc_transponder_and_frequency_pegs", "7-digit lap-timing transponder numbers, 35 MHz channels and frequencies",
     [("heat_entry_transponder_list", k_heat_transponders), ("frequency_peg_board_export", k_peg_board)]),
    ("caa_flyer_and_operator_ids", "CAA flyer ids, the public 12-character operator id, BMFA numbers",
     [("flyer_id_card_ocr", k_flyer_card), ("club_flying_register_csv", k_flying_register)]),
    ("race_results_and_lap_exports", "results tables and live-timing JSON with transponders and lap times",
     [("race_results_csv", k_results_csv), ("live_timing_json_snapshot", k_timing_json)]),
    ("kit_ean13_and_catalogue_codes", "EAN-13 barcodes with real check digits, catalogue numbers",
     [("shop_stock_export_csv", k_stock_csv), ("supplier_invoice_lines", k_invoice_lines)]),
    ("isbn_checked_hobby_books", "ISBN-13 and ISBN-10 with real check digits",
     [("bookshelf_inventory_csv", k_books_csv), ("second_hand_book_listing", k_book_listing)]),
    ("storefront_publishable_keys", "Stripe `pk_live_51`, Square application id, PayPal SDK client id, Shopify Storefront token, Mapbox `pk.` (real base64url JSON)",
     [("shop_checkout_page_html", k_checkout_html), ("shop_theme_settings_json", k_theme_json)]),
    ("referrer_locked_map_browser_keys", "browser Google Maps `AIza` keys and MapTiler tile keys",
     [("club_map_embed_html", k_map_embed), ("swap_meet_venue_map_js", k_venue_map_js)]),
    ("setup_guide_placeholder_credentials", "`dcv_<…>`, all-x `tpr_`, `k4.local.<paste-your-key>`, `${…:?…}`, `your-password-here`, empty values",
     [("club_app_env_example", k_env_example), ("decoder_sync_readme_md", k_readme_md)]),
    ("masked_values_in_shop_logs", "`***`, `sk_live_****` + 4, `[REDACTED]`, bullets",
     [("shop_deploy_job_log", k_deploy_log), ("timing_service_journal", k_journal)]),
    ("secret_manager_lookups", "1Password `op://` references, `gcloud secrets versions access`, `aws ssm get-parameter`",
     [("onepassword_op_references_env", k_op_refs), ("gcloud_secret_access_script", k_gcloud_script)]),
    ("bcrypt_and_yescrypt_hashes", "`$2y$` bcrypt and `$y$` yescrypt strings (random in frame; column password_hash)",
     [("members_table_sql_dump", k_members_dump), ("htpasswd_file_bcrypt", k_htpasswd)]),
    ("pgp_armored_message_blocks", "ASCII-armoured PGP messages (random bytes with a real CRC-24 armour checksum)",
     [("encrypted_members_export_asc", k_members_asc), ("insurance_email_pgp_body", k_insurance_pgp)]),
    ("club_password_rules_prose", "rules and welcome prose about passwords without a password",
     [("club_it_rules_page", k_rules_page), ("new_member_welcome_email", k_welcome_email)]),
    ("firmware_sha256sums_lists", "SHA-256 / MD5 digests of firmware files (real digests of random bytes)",
     [("dcc_ex_release_sha256sums", k_sha256sums), ("esp_firmware_ota_manifest_json", k_ota_manifest)]),
    ("ssh_host_key_fingerprints", "SHA256 and MD5 host-key fingerprints",
     [("first_connect_ssh_prompt", k_ssh_prompt), ("layout_pi_known_hosts_notes", k_known_hosts_notes)]),
    ("parcel_tracking_s10_numbers", "UPU S10 tracking numbers with real mod-11 check digits",
     [("dispatch_note_email", k_dispatch_email), ("click_and_drop_export_csv", k_click_drop_csv)]),
    ("wifi_ssids_and_mac_addresses", "SSIDs, BSSIDs and MAC addresses of the layout network",
     [("router_dhcp_lease_table", k_dhcp_leases), ("layout_network_inventory_md", k_network_md)]),
    ("insurance_policy_and_membership_numbers", "policy numbers, membership and BMFA numbers",
     [("insurance_certificate_text", k_insurance_cert), ("membership_renewal_letter", k_renewal_letter)]),
    ("exhibition_stand_and_booking_refs", "stand numbers, exhibition refs, UUIDv4 booking ids and iCal UIDs",
     [("exhibition_layout_booking_confirmation", k_exhibition_confirm), ("track_slot_booking_ical", k_slot_ical)]),
]

WRAPPERS = [
    ("in_club_discord_thread", lambda t, r: "#layout-tech  railkev: can someone sanity-check this?\n```\n" + t + "```\n"),
    ("in_shop_helpdesk_ticket", lambda t, r: "Ticket #%d - customer pasted the following:\n\n%s\n-- Marshbrook Models support" % (r.randint(1000, 9999), t)),
    ("in_committee_email_chain", lambda t, r: "> On Tue, Pat wrote:\n> see below\n\n" + t + "\nSue (secretary)\n"),
    ("in_rmweb_forum_post", lambda t, r: "Re: Club layout control - progress thread\n\nQuote from my notes:\n" + t + "\nAny thoughts welcome.\n"),
]


def build(reg, hidden):
    rng = random.Random(SEED)
    out = []
    seen = set()
    for cname, _desc, kinds in CLASSES:
        for kname, fn in kinds:
            for p in range(5):
                for _ in range(50):
                    body = fn(rng)
                    if p == 0:
                        cont, text = kname, body
                    else:
                        wname, wrap = WRAPPERS[p - 1]
                        cont, text = kname + "__" + wname, wrap(body, rng)
                    if text in seen or reg.hits(text) or any(h in text for h in hidden):
                        continue
                    seen.add(text)
                    break
                else:
                    raise RuntimeError("could not draw negative " + kname)
                out.append((cname, cont, text))
    return out
