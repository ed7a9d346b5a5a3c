"""Hard negatives from the brewery world: no secret in any of these texts."""
import base64
import hashlib
import random

import common236 as C

BEERS = ["Harbour Pale", "Copper Bitter", "Dock Porter", "Hop Yard IPA", "Grist Mill Stout", "Quay Saison",
         "Sea Wall Pils", "Tide Gose", "Night Shift Dunkel", "Barley Wine '24"]
PEOPLE = ["Mara", "Tom", "Ines", "Kofi", "Lena", "Ruth", "Sam", "Piotr", "Aoife", "Dev"]


def h(rng, n):
    return C.rstr(rng, "hexl", n)


def d(rng, n):
    return C.rstr(rng, "digits", n)


def ean13(rng):
    body = "50" + d(rng, 10)
    return body + C.gs1_check(body)


def gtin14(rng):
    body = str(rng.randint(1, 8)) + "50" + d(rng, 10)
    return body + C.gs1_check(body)


# ---------------------------------------------------------------- base kinds
def brew_sheet_header(rng):
    g = rng.randint(1000, 4999)
    return ("BREW SHEET  gyle %d   brew date 2025-%02d-%02d\nBeer: %s   batch BR-%s-%03d\nMash tun MT1  lauter LT1  "
            "kettle K1  -> FV%d\nMalt lot ML%s   hop lot HL%s   yeast gen %d (slurry SL-%s)\n" %
            (g, rng.randint(1, 12), rng.randint(1, 28), rng.choice(BEERS), d(rng, 4), rng.randint(1, 400),
             rng.randint(1, 12), d(rng, 7), d(rng, 6), rng.randint(1, 9), d(rng, 4)))


def fermenter_tank_card(rng):
    return ("TANK CARD FV%d\nGyle: %d   Beer: %s\nPitched: 2025-%02d-%02d 14:%02d  OG 1.0%d\nDry hop: day 3 (lot HL%s)\n"
            "Crash: day 9   Transfer to BT%d   Tank serial SS-%s-%s\n" %
            (rng.randint(1, 12), rng.randint(1000, 4999), rng.choice(BEERS), rng.randint(1, 12), rng.randint(1, 28),
             rng.randint(0, 59), rng.randint(40, 75), d(rng, 6), rng.randint(1, 4), d(rng, 4), h(rng, 4).upper()))


def keg_fleet_export_csv(rng):
    rows = ["keg_id,size,owner,last_outlet,status"]
    for _ in range(4):
        rows.append("KG%s,%s,NDB,%s,%s" % (d(rng, 7), rng.choice(["30L", "50L", "20L"]),
                                           rng.choice(["The Anchor", "Crown & Cask", "Mill Tap", "Quay Bar"]),
                                           rng.choice(["full", "empty", "at outlet", "lost"])))
    return "\n".join(rows) + "\n"


def cask_return_note(rng):
    return ("Cask return note %s\nFirkins: %s, %s, %s\nPins: %s\nCollected by van %s-%s on round %d; seals intact.\n" %
            (d(rng, 6), "F" + d(rng, 5), "F" + d(rng, 5), "F" + d(rng, 5), "P" + d(rng, 5), rng.choice(["NX", "VK"]),
             d(rng, 2), rng.randint(1, 9)))


def can_case_label_log(rng):
    lines = ["case label log – canning line 2"]
    for _ in range(3):
        lines.append("(01)%s (10)L%s (15)26%02d%02d  %s 12x440ml" % (gtin14(rng), d(rng, 5), rng.randint(1, 12),
                                                                     rng.randint(1, 28), rng.choice(BEERS)))
    return "\n".join(lines) + "\n"


def distributor_item_file(rng):
    lines = ["ITEM|DESC|CAN_EAN|CASE_GTIN|ABV"]
    for _ in range(3):
        lines.append("%s|%s 440ml|%s|%s|%.1f" % (d(rng, 6), rng.choice(BEERS), ean13(rng), gtin14(rng),
                                                 rng.randint(35, 95) / 10))
    return "\n".join(lines) + "\n"


def federal_label_approval_list(rng):
    lines = ["TTB ID         | Brand            | Status"]
    for _ in range(3):
        lines.append("%s | %-16s | APPROVED" % ("2" + d(rng, 13), rng.choice(BEERS)))
    return "\n".join(lines) + "\nBrewer's notice: BR-%s-%s\n" % (rng.choice(["CA", "OR", "NY", "MI"]), d(rng, 5))


def brewers_notice_letter(rng):
    return ("Re: amended Brewer's Notice BR-%s-%s-%s\nYour registry number is unchanged. Bond number %s. "
            "EIN ending %s is on file.\n" % (rng.choice(["WA", "CO", "VT"]), rng.choice(["BW", "BN"]), d(rng, 5),
                                             d(rng, 8), d(rng, 4)))


def duty_return_summary(rng):
    return ("Alcohol Duty return  period 25%s\nAlcohol duty reference X%sADR%s\nBeer 3.5-8.4%% ABV: %.2f litres of alcohol\n"
            "Small producer relief applied. Payment reference X%s%s\n" %
            (rng.choice(["AA", "AB", "AC"]), rng.choice(["A", "B"]), d(rng, 8), rng.randint(1000, 9000) / 10,
             rng.choice(["A", "B"]), d(rng, 13)))


def excise_movement_log(rng):
    lines = ["ARC                    | consignee          | status"]
    for _ in range(3):
        lines.append("25GB%s%s | GB%s | delivered" % (d(rng, 8), C.rstr(rng, "upalnum", 9), d(rng, 11)))
    return "\n".join(lines) + "\n"


def hop_lot_coa(rng):
    return ("CERTIFICATE OF ANALYSIS\nVariety: %s  Crop 2024  Lot %s-%s\nAlpha acids %.1f%%  Beta %.1f%%  "
            "Total oil %.1f ml/100g\nHSI %.2f  Moisture %.1f%%\nCOA no. %s\n" %
            (rng.choice(["Citra", "Mosaic", "Saaz", "Fuggle", "Galaxy"]), rng.choice(["P", "T"]), d(rng, 7),
             rng.randint(30, 150) / 10, rng.randint(30, 80) / 10, rng.randint(5, 30) / 10, rng.randint(20, 40) / 100,
             rng.randint(80, 110) / 10, d(rng, 9)))


def malt_spec_sheet(rng):
    return ("Maris Otter Pale  lot MO%s\nExtract (fine, dry) %.1f%%  Colour %.1f EBC  Moisture %.1f%%\n"
            "Diastatic power %d WK  TN %.2f%%\nSpec sheet checksum sha256:%s\n" %
            (d(rng, 6), rng.randint(800, 830) / 10, rng.randint(45, 65) / 10, rng.randint(25, 40) / 10,
             rng.randint(60, 120), rng.randint(140, 170) / 100, hashlib.sha256(C.rbytes(rng, 64)).hexdigest()))


def water_analysis_report(rng):
    return ("Water analysis  sample %s  (lab ref W%s)\nCa %d ppm  Mg %d ppm  Na %d ppm\nSO4 %d ppm  Cl %d ppm  "
            "HCO3 %d ppm\npH %.1f   residual alkalinity %d\n" %
            (d(rng, 6), d(rng, 8), rng.randint(20, 120), rng.randint(2, 20), rng.randint(5, 40), rng.randint(20, 300),
             rng.randint(20, 150), rng.randint(30, 250), rng.randint(68, 82) / 10, rng.randint(-50, 120)))


def ro_plant_log(rng):
    lines = ["RO plant log  unit RO-%s" % h(rng, 6).upper()]
    for i in range(3):
        lines.append("0%d:00  feed %d uS/cm  permeate %d uS/cm  recovery %d%%" % (6 + i, rng.randint(300, 700),
                                                                                 rng.randint(5, 25), rng.randint(60, 80)))
    return "\n".join(lines) + "\n"


def tilt_hydrometer_csv(rng):
    mac = ":".join(h(rng, 2) for _ in range(6))
    lines = ["Timestamp,Colour,SG,Temp,Beer,MAC"]
    for i in range(3):
        lines.append("2025-05-%02d %02d:00,%s,1.0%02d,%d.%d,%s,%s" % (rng.randint(1, 28), i * 6,
                                                                       rng.choice(["RED", "GREEN", "BLACK"]),
                                                                       rng.randint(8, 60), rng.randint(15, 21),
                                                                       rng.randint(0, 9), rng.choice(BEERS), mac))
    return "\n".join(lines) + "\n"


def ispindel_json_log(rng):
    return ('{"name":"iSpindel%03d","ID":%d,"angle":%.2f,"temperature":%.1f,"battery":%.2f,"gravity":%.3f,'
            '"interval":900,"RSSI":-%d,"chipid":"%s"}\n' % (rng.randint(1, 99), rng.randint(1000000, 9999999),
                                                            rng.randint(2500, 6500) / 100, rng.randint(150, 220) / 10,
                                                            rng.randint(350, 420) / 100, rng.randint(1005, 1070) / 1000,
                                                            rng.randint(50, 90), h(rng, 6)))


def beerxml_recipe(rng):
    return ("<RECIPES><RECIPE><NAME>%s</NAME><VERSION>1</VERSION><TYPE>All Grain</TYPE>\n<BATCH_SIZE>%d.0</BATCH_SIZE>"
            "<OG>1.0%d</OG><IBU>%d</IBU>\n<HOPS><HOP><NAME>%s</NAME><ALPHA>%.1f</ALPHA><AMOUNT>%.3f</AMOUNT></HOP></HOPS>"
            "\n</RECIPE></RECIPES>\n" % (rng.choice(BEERS), rng.randint(20, 2000), rng.randint(40, 80),
                                        rng.randint(10, 90), rng.choice(["Citra", "Saaz", "Cascade"]),
                                        rng.randint(30, 140) / 10, rng.randint(10, 900) / 1000))


def brewfather_recipe_json(rng):
    return ('{"_id":"%s","name":"%s","author":"%s","og":1.0%d,"fg":1.0%02d,"ibu":%d,"batchSize":%d,'
            '"fermentables":[{"_id":"%s","name":"Pale Ale Malt","amount":%.1f}]}\n' %
            (C.rstr(rng, "alnum", 30), rng.choice(BEERS), rng.choice(PEOPLE), rng.randint(40, 80), rng.randint(5, 18),
             rng.randint(10, 90), rng.randint(20, 1000), h(rng, 24), rng.randint(30, 400) / 10))


def beer_listing_page(rng):
    bid = rng.randint(1000000, 6999999)
    return ("%s | Northdock Brewery | Untappd\nhttps://untappd.com/b/northdock-brewery-%s/%d\nBID %d  ·  %.1f%% ABV  ·  "
            "%d IBU  ·  %d ratings\n" % (rng.choice(BEERS), rng.choice(["harbour-pale", "dock-porter"]), bid, bid,
                                         rng.randint(40, 90) / 10, rng.randint(10, 80), rng.randint(50, 9000)))


def checkin_feed_json(rng):
    return ('{"checkin_id":%d,"beer":{"bid":%d,"beer_name":"%s"},"venue":{"venue_id":%d,"foursquare_id":"%s"},'
            '"rating_score":%.2f}\n' % (rng.randint(1000000000, 1999999999), rng.randint(1000000, 6999999),
                                        rng.choice(BEERS), rng.randint(100000, 999999), h(rng, 24),
                                        rng.randint(275, 475) / 100))


def taproom_checkout_html(rng):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_51%s");\n'
            '  const square = { applicationId: "sq0idp-%s", locationId: "L%s" };\n</script>\n' %
            (C.rstr(rng, "alnum", 97), C.rstr(rng, "b64url", 22), C.rstr(rng, "upalnum", 12)))


def menu_app_public_config(rng):
    return ('{\n  "mapsBrowserKey": "AIza%s",\n  "mapboxToken": "pk.%s.%s",\n  "klaviyoCompanyId": "%s",\n'
            '  "algoliaSearchOnlyKey": "%s",\n  "sentryDsn": "https://%s@o%s.ingest.sentry.io/%s"\n}\n' %
            (C.rstr(rng, "b64url", 35), C.b64u_nopad(('{"u":"hopyard","a":"%s"}' % C.rstr(rng, "lowalnum", 25)).encode()),
             C.rstr(rng, "b64url", 22), C.rstr(rng, "alnum", 6), h(rng, 32), h(rng, 32), d(rng, 6), d(rng, 7)))


def vendor_readme_snippet(rng):
    return rng.choice([
        "## Quick start\n```bash\nexport UNTAPPD_CLIENT_SECRET=<your-client-secret>\nexport STRIPE_SECRET_KEY=sk_live_REPLACE_ME\n```\n",
        "Set `OPENAI_API_KEY=sk-...` and `ANTHROPIC_API_KEY=sk-ant-...` before running the tasting-notes bot.\n",
        "Example (do not use): AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
        "Replace `xoxb-your-bot-token` and `ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX` with your own values.\n",
        "curl -H 'Authorization: Bearer $EKOS_API_KEY' https://api.goekos.com/v1/batches\n",
    ]) + "(snippet %s)\n" % d(rng, 4)


def env_template_file(rng):
    return ("# .env.example – copy to .env and fill in\nSCADA_OPERATOR_PASSWORD=\nTILL_MANAGER_PASSWORD=changeme\n"
            "DJANGO_SECRET_KEY=<generate-with-manage.py>\nKEG_TELEMETRY_KEY=${KEG_TELEMETRY_KEY:?missing}\n"
            "SENDGRID_API_KEY=SG.xxxxxxxx\n# revision %s\n" % d(rng, 4))


def admin_settings_screenshot(rng):
    return ("Settings › Integrations\nUntappd for Business  connected  token ••••••••••••%s\nSquare  access token  EAAA…%s\n"
            "Stripe  secret key  sk_live_…%s   [Reveal] (owner only)\n" % (C.rstr(rng, "alnum", 4), C.rstr(rng, "alnum", 4),
                                                                         C.rstr(rng, "alnum", 4)))


def support_reply_redacted(rng):
    return ("Hi %s, thanks – I've removed the key you pasted. For the record your message now reads:\n"
            "  TOAST_CLIENT_SECRET=[REDACTED]\n  password: ******** \nPlease rotate it anyway. Ticket #%s\n" %
            (rng.choice(PEOPLE), d(rng, 6)))


def k8s_secretkeyref_manifest(rng):
    return ("env:\n  - name: SCADA_OPERATOR_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: brewhouse-%s\n"
            "        key: operator-password\n  - name: DJANGO_SECRET_KEY\n    value: op://Brewery/webshop-django/%s\n" %
            (h(rng, 5), rng.choice(["secret-key", "credential"])))


def ci_secret_expression_yaml(rng):
    return ("env:\n  EKOS_API_KEY: ${{ secrets.EKOS_API_KEY }}\n  SHOPIFY_SHARED_SECRET: ${{ secrets.SHOPIFY_SHARED_SECRET }}\n"
            "  DB_AUTH: arn:aws:secretsmanager:eu-west-2:%s:secret:brewlog/db-%s\n  VAULT_PATH: vault:secret/data/brewlog#%s\n" %
            (d(rng, 12), C.rstr(rng, "alnum", 6), rng.choice(["token", "auth"])))


def webshop_user_table_dump(rng):
    lines = ["id | email                         | password_hash"]
    for i in range(2):
        salt = C.b64u_nopad(C.rbytes(rng, 16)).replace("-", "+").replace("_", "/")
        hsh = C.b64u_nopad(C.rbytes(rng, 32)).replace("-", "+").replace("_", "/")
        lines.append("%d | %s@example.org | $argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (rng.randint(10, 999),
                                                                                    rng.choice(PEOPLE).lower(), salt, hsh))
    return "\n".join(lines) + "\n"


def django_auth_user_fixture(rng):
    salt = C.rstr(rng, "alnum", 22)
    return ('[{"model": "auth.user", "pk": %d, "fields": {"username": "%s", "password": "pbkdf2_sha256$870000$%s$%s", '
            '"is_staff": true}}]\n' % (rng.randint(1, 99), rng.choice(PEOPLE).lower(), salt,
                                       base64.b64encode(C.rbytes(rng, 32)).decode()))


def ansible_vault_file(rng):
    body = h(rng, 64) + "\n" + h(rng, 64) + "\n" + h(rng, 96)
    hx = body.encode().hex()
    lines = [hx[i:i + 80] for i in range(0, len(hx), 80)][:5]
    return "$ cat group_vars/brewhouse/vault.yml\n$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n"


def sops_encrypted_yaml(rng):
    age_pub = C.bech32_encode("age", list(C.rbytes(rng, 32)))
    return ("till_db_auth: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n  age:\n    - recipient: %s\n"
            "  lastmodified: \"2025-04-%02dT10:12:00Z\"\n  version: 3.9.1\n" %
            (base64.b64encode(C.rbytes(rng, 18)).decode(), base64.b64encode(C.rbytes(rng, 32)).decode(),
             base64.b64encode(C.rbytes(rng, 16)).decode(), age_pub, rng.randint(1, 28)))


def age_recipients_file(rng):
    return ("# backup recipients (public keys only)\n# %s\n%s\n# %s\n%s\n" %
            (rng.choice(PEOPLE), C.bech32_encode("age", list(C.rbytes(rng, 32))), rng.choice(PEOPLE),
             C.bech32_encode("age", list(C.rbytes(rng, 32)))))


def wireguard_peer_config(rng):
    return ("[Peer]\n# taproom router\nPublicKey = %s\nAllowedIPs = 10.%d.0.0/24\nEndpoint = vpn.northdock-brewery.example:51820\n"
            "PersistentKeepalive = 25\n" % (base64.b64encode(C.rbytes(rng, 32)).decode(), rng.randint(1, 200)))


def image_manifest_digest_list(rng):
    return ("ghcr.io/northdock/brewlog@sha256:%s\nghcr.io/northdock/brewlog-sync@sha256:%s\n" %
            (hashlib.sha256(C.rbytes(rng, 40)).hexdigest(), hashlib.sha256(C.rbytes(rng, 40)).hexdigest()))


def sbom_component_hashes(rng):
    return ('{"name":"django","version":"5.1.%d","hashes":[{"alg":"SHA-256","content":"%s"}]}\n'
            '{"name":"requests","version":"2.32.%d","hashes":[{"alg":"SHA-1","content":"%s"}]}\n' %
            (rng.randint(0, 9), hashlib.sha256(C.rbytes(rng, 40)).hexdigest(), rng.randint(0, 9),
             hashlib.sha1(C.rbytes(rng, 40)).hexdigest()))


def tab_close_receipt(rng):
    return ("NORTHDOCK TAPROOM\nTab #%s  table %d  server %s\n2x %s pint  £%d.%02d\nCard ****%s  auth code %s\n"
            "Terminal ID %s  RRN %s\n" % (d(rng, 5), rng.randint(1, 30), rng.choice(PEOPLE), rng.choice(BEERS),
                                          rng.randint(8, 14), rng.randint(0, 99), d(rng, 4), C.rstr(rng, "upalnum", 6),
                                          d(rng, 8), d(rng, 12)))


def card_terminal_batch_report(rng):
    aba = d(rng, 8)
    aba += C.aba_check(aba)
    return ("BATCH REPORT  batch %s  merchant %s\nSales %d  £%d.%02d\nSettlement to routing %s account ****%s\n" %
            (d(rng, 4), d(rng, 12), rng.randint(20, 300), rng.randint(200, 5000), rng.randint(0, 99), aba, d(rng, 4)))


def staff_handbook_paragraph(rng):
    return rng.choice([
        "Passwords for the tills, the brewhouse panel and the keg portal are personal. Never write them on the cellar whiteboard, never share them in the staff chat, and change them when someone leaves.",
        "If a customer or a 'supplier' phones asking for a login or a code, hang up and tell the duty manager. Nobody from IT will ever ask you for your password.",
        "New starters get their till login from the manager in person. The temporary password must be changed at first sign-in; the system will not accept beer names from our tap list.",
    ]) + " (section %d.%d)\n" % (rng.randint(2, 9), rng.randint(1, 9))


def it_onboarding_email(rng):
    return ("Hi %s,\nwelcome to the brewery! Your accounts (e-mail, rota, brew log) are ready. You'll get a one-time "
            "sign-in link by SMS – set your own password then, and turn on the authenticator app. Don't reuse a "
            "password you use anywhere else.\nCheers, %s (IT, ticket %s)\n" % (rng.choice(PEOPLE), rng.choice(PEOPLE),
                                                                             d(rng, 5)))


CLASSES = [
    ("gyle_and_brew_batch_numbers", [brew_sheet_header, fermenter_tank_card],
     "gyle numbers, batch codes, malt / hop / yeast lot numbers, tank serials"),
    ("keg_and_cask_asset_serials", [keg_fleet_export_csv, cask_return_note],
     "keg ids, firkin and pin numbers, van and round numbers"),
    ("itf14_case_and_gtin_barcodes", [can_case_label_log, distributor_item_file],
     "GS1-128 case labels and GTIN-14 / EAN-13 codes with real GS1 check digits"),
    ("ttb_permit_and_cola_ids", [federal_label_approval_list, brewers_notice_letter],
     "TTB label-approval ids, brewer's notice, bond and partial EIN numbers"),
    ("alcohol_duty_and_excise_movement_refs", [duty_return_summary, excise_movement_log],
     "alcohol-duty references, payment references, excise movement ARCs and excise numbers"),
    ("hop_and_malt_lot_certificates", [hop_lot_coa, malt_spec_sheet],
     "hop certificates of analysis and malt spec sheets with a spec-sheet SHA-256"),
    ("brewing_water_lab_reports", [water_analysis_report, ro_plant_log],
     "water-chemistry reports and RO plant logs with hex unit ids"),
    ("fermentation_sensor_readings", [tilt_hydrometer_csv, ispindel_json_log],
     "Tilt and iSpindel readings with MAC addresses and chip ids"),
    ("beerxml_and_recipe_app_exports", [beerxml_recipe, brewfather_recipe_json],
     "BeerXML and recipe-app JSON with random-looking record ids"),
    ("untappd_listing_and_checkin_ids", [beer_listing_page, checkin_feed_json],
     "public beer, venue and check-in ids, Foursquare ids"),
    ("browser_side_publishable_keys", [taproom_checkout_html, menu_app_public_config],
     "public-by-design keys: Stripe pk_live_51, Square sq0idp-, Maps browser key (AIza), Mapbox pk., Klaviyo company id, Algolia search-only key, Sentry DSN"),
    ("quickstart_placeholder_credentials", [vendor_readme_snippet, env_template_file],
     "documentation placeholders and templates: <your-…>, sk_live_REPLACE_ME, the AWS docs example, xoxb-your-bot-token, ghp_XXXX…, empty and changeme values"),
    ("masked_and_truncated_secret_displays", [admin_settings_screenshot, support_reply_redacted],
     "bullet-masked, ellipsis-truncated and [REDACTED] values"),
    ("secret_store_reference_strings", [k8s_secretkeyref_manifest, ci_secret_expression_yaml],
     "secretKeyRef, op://, ${{ secrets.X }}, Secrets Manager ARNs, vault: paths"),
    ("argon2_and_django_pbkdf2_hashes", [webshop_user_table_dump, django_auth_user_fixture],
     "argon2id and Django pbkdf2_sha256 hashes (random in frame) in columns named password"),
    ("ansible_vault_and_sops_ciphertext", [ansible_vault_file, sops_encrypted_yaml],
     "Ansible Vault 1.1 bodies and SOPS ENC[AES256_GCM,…] values with an age recipient"),
    ("age_and_wireguard_public_keys", [age_recipients_file, wireguard_peer_config],
     "age1… recipients (real bech32 checksum) and WireGuard PublicKey lines"),
    ("container_image_and_sbom_digests", [image_manifest_digest_list, sbom_component_hashes],
     "image digests and SBOM component hashes (real digests of random bytes)"),
    ("taproom_tab_and_terminal_batch_numbers", [tab_close_receipt, card_terminal_batch_report],
     "tab numbers, masked PANs, auth codes, terminal ids, RRNs, ABA routing numbers with a real check digit"),
    ("brewery_password_hygiene_prose", [staff_handbook_paragraph, it_onboarding_email],
     "handbook and onboarding prose about passwords with no value in it"),
]

WRAPS = [
    ("", None),
    ("__in_brewery_slack_thread", "[10:41] {p1}: is it ok that this is in the channel?\n```\n{body}```\n[10:43] {p2}: yeah that's fine, nothing secret in there\n"),
    ("__in_taproom_it_ticket", "Ticket TAP-{n}: scanner flagged this, please check\n---\n{body}---\nResolution: false positive, closed by {p2}.\n"),
    ("__in_maltster_email_thread", "From: {p1} <{l1}@northdock-brewery.example>\nSubject: Re: paperwork\n\nSee below, as requested.\n\n{body}\n-- \n{p1}\n"),
    ("__in_homebrew_forum_reply", "Quote from {p1}:\n> is this something I should hide?\n\nNope, safe to post:\n\n{body}\nHappy brewing!\n"),
]


def build(reg, forbidden_check):
    rng = random.Random(C.SEEDS["negatives"])
    out = []
    seen = set()
    for cname, kinds, _desc in CLASSES:
        for kind in kinds:
            for suffix, wrap in WRAPS:
                for _ in range(200):
                    body = kind(rng)
                    if wrap:
                        p1, p2 = rng.sample(PEOPLE, 2)
                        text = wrap.replace("{body}", body).replace("{p1}", p1).replace("{p2}", p2).replace(
                            "{l1}", p1.lower()).replace("{n}", d(rng, 4))
                    else:
                        text = body
                    if text in seen or forbidden_check(text):
                        continue
                    break
                else:
                    raise RuntimeError("could not draw negative for %s" % cname)
                seen.add(text)
                out.append({"class": cname, "container": kind.__name__ + suffix, "text": text, "source": "negative"})
    return out
