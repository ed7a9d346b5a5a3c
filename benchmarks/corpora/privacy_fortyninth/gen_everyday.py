import random
from common import R, AN, LO, HEX, B64, uniq, human_pw, fill

TYPES = {
 "wifi_wpa_passphrase": ("Wi-Fi password", lambda r: human_pw(r)),
 "router_admin_password": ("router admin password", lambda r: R(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 12)),
 "online_banking_password": ("online banking password", human_pw),
 "email_account_password": ("email password", human_pw),
 "streaming_account_password": ("streaming login password", human_pw),
 "shop_backoffice_password": ("shop back office password", human_pw),
 "cloud_storage_account_password": ("cloud drive password", human_pw),
 "school_portal_password": ("school portal password", human_pw),
 "clinic_software_password": ("practice software password", human_pw),
 "smtp_password": ("mail server password", lambda r: R(r, AN, 16)),
 "stripe_live_secret_key": ("Stripe secret key", lambda r: "sk_live_" + R(r, AN, 99)),
 "aws_secret_access_key": ("AWS secret access key", lambda r: R(r, B64, 40)),
 "sendgrid_api_key": ("SendGrid API key", lambda r: "SG." + R(r, AN + "-_", 22) + "." + R(r, AN + "-_", 43)),
 "telegram_bot_token": ("Telegram bot token", lambda r: str(r.randint(1000000000, 7999999999)) + ":AA" + R(r, AN + "-_", 33)),
 "twilio_auth_token": ("Twilio auth token", lambda r: R(r, HEX, 32)),
 "openai_project_api_key": ("OpenAI key", lambda r: "sk-proj-" + R(r, AN + "-_", 156)),
}

NAMES = ["Grandma Rosa", "Mr. Okafor", "Aunt Lena", "coach Dave", "Mrs. Patel", "Jonas", "Dr. Aydin", "Mia", "the treasurer", "Uncle Pete"]

C = {
 "fridge_magnet_note_ocr": "[OCR, photo of note on fridge]\nDO NOT THROW AWAY\n{L}: {V}\n(ask {N} before changing)",
 "router_sticker_photo_ocr": "[OCR result, IMG_2231.jpg]\nModel: HG8245 Serial: 48575443\n{L} {V}\nDefault SSID: HOME-5G",
 "voicemail_transcript_family": "Voicemail transcript (auto, 00:41): Hi it's {N}, sorry to bother you, the {L} is {V}, I wrote it down wrong last time. Call me back.",
 "smart_speaker_dictated_note": "Reminder created by voice: \"note to self {L} {V} end note\"",
 "household_binder_scan_page": "Scanned page 3/12 - HOUSEHOLD BINDER\nInternet provider: FibreNet\n{L} ......... {V}\nContract no. 55-1832",
 "grocery_list_app_item": "Shopping list \u2022 Saturday\n[ ] milk\n[ ] bin bags\n[ ] {L} for {N} = {V}\n[x] batteries",
 "family_calendar_event_notes": "BEGIN:VEVENT\nSUMMARY:Internet engineer visit\nDESCRIPTION:{N} will let them in. {L}: {V}\nEND:VEVENT",
 "kids_homework_planner_photo": "[photo transcription, school planner]\nMonday: maths p.42\nParents! {L} = {V}\nSigned ________",
 "babysitter_handover_card": "Babysitter info card\nBedtime 19:30 \u00b7 allergies: none\n{L}: {V}\nEmergency: {N}",
 "holiday_rental_welcome_book": "Welcome to Casa Limonaia!\nCheck-out by 10:00.\n{L}: {V}\nBins go out on Tuesday.",
 "freelancer_invoice_footer_note": "INVOICE #2024-117 \u2014 Design work\nTotal due: 1,250.00 EUR\nPS for {N}: {L} {V} (so you can download the files)",
 "client_onboarding_email_plain": "Subject: Access for the website update\n\nHi {N},\nhere are the details you asked for.\n{L}: {V}\nThanks, Sam",
 "accountant_shared_folder_readme": "README \u2013 year-end folder for the accountant\nReceipts are in /2024/receipts.\n{L}: {V}\nPlease delete this file after use.",
 "etsy_seller_notebook_page": "Seller notebook \u2014 restock list\nyarn (blue) x6\n{L}  {V}\npostage labels: 40",
 "market_stall_card_reader_note": "Card reader setup (market stall)\nReader: SumUp Air\n{L} -> {V}\nfloat: 50 in coins",
 "corner_shop_till_handover_sheet": "TILL HANDOVER \u2013 evening shift\nCash counted: 312.40\n{L}: {V}\nhandover to: {N}",
 "bakery_whiteboard_photo_ocr": "[OCR whiteboard behind counter]\nSOURDOUGH 12 / RYE 8\n{L}: {V}\nCLEAN OVEN FRIDAY",
 "salon_booking_app_staff_memo": "Staff memo (pinned)\nNew booking system from Monday.\nShared {L}: {V}\n\u2013 {N}",
 "restaurant_pos_binder_page": "POS MANUAL p.2 (handwritten addition)\nManager override code 4411\n{L} = {V}\nDo not give to temps.",
 "sports_club_committee_minutes": "Minutes, committee meeting 14 March\n4. Website: {N} reported the {L} is now {V} after the reset.\n5. AOB: kit order.",
 "choir_newsletter_draft_doc": "DRAFT newsletter (not for sending yet)\nRehearsal moves to Hall B.\nInternal: {L} {V}\nSee you Thursday!",
 "allotment_society_handbook_txt": "Allotment society handbook v3\nGate code changes each season.\nMembers area {L}: {V}\nWater taps off in November.",
 "school_staffroom_notice_ocr": "[OCR, staffroom noticeboard]\nNEW PHOTOCOPIER CODES\n{L} {V}\nreport faults to {N}",
 "pta_treasurer_spreadsheet_row": "Account,Login,{L},Notes\nPTA bank,pta-treasurer,{V},card reader in cashbox",
 "teacher_substitute_folder_note": "Cover folder \u2013 Class 5B\nRegister is on the classroom PC.\n{L}: {V}\nFire exit: left corridor.",
 "school_trip_parent_email": "Subject: Trip photos\n\nDear parents,\nphotos are on the class drive. {L}: {V}\nKind regards, {N}",
 "clinic_reception_desk_postit_ocr": "[OCR, post-it on reception monitor]\n{L}\n{V}\n(changed Mon)",
 "dental_practice_shift_log": "Shift log \u2013 reception\n08:05 phones forwarded\n08:20 {N}: {L} is {V}\n09:00 first patient",
 "physio_clinic_locum_welcome": "Welcome, locum!\nTreatment room 2 is yours.\nBooking system {L}: {V}\nCoffee is free.",
 "vet_practice_wiki_page_text": "== Front desk ==\nLab results portal: see bookmarks.\n* {L}: {V}\n* Printer: Ricoh, tray 2",
 "pharmacy_counter_handbook_page": "Counter handbook, section 7 \u2013 Logins\n{L}: {V}\nNever read it out on the phone.",
 "landlord_tenant_text_message": "SMS from Landlord: Hi, welcome to flat 3! {L} is {V}. Bins Tues. {N}",
 "neighbourhood_group_chat_line": "[18:22] {N}: ok so the {L} for the community hall is {V} \U0001F64F",
 "parents_whatsapp_style_paste": "12/03/24, 21:14 - {N}: {L}?\n12/03/24, 21:15 - Dad: {V}\n12/03/24, 21:15 - {N}: thx",
 "elderly_parent_phone_note_app": "Notes\nDOCTOR Tues 10am\n{L}\n{V}\nPharmacy closes 6",
 "paper_address_book_scan": "[scan, address book page B]\nBank \u2013 Bright Savings\nphone 0800 555 0100\n{L} {V}",
 "wedding_planner_vendor_sheet": "Vendor sheet \u2013 Smith/Lee wedding\nFlorist: Petal & Co\nVenue {L}: {V}\nDJ arrives 17:00",
 "photographer_client_gallery_email": "Your gallery is ready! \U0001F389\nLink: gallery.example/smith-lee\n{L}: {V}\nAvailable for 60 days.",
 "tutor_lesson_notes_doc": "Lesson notes \u2013 week 6\nTopic: fractions\nFor next time, {L}: {V}\nHomework: sheet 4",
 "charity_shop_volunteer_rota": "VOLUNTEER ROTA\nMon: {N}\nTue: Priya\nShared {L}: {V}\nKeys in the blue tin.",
 "airbnb_host_message_template": "Hi! Looking forward to hosting you. \U0001F3E1\nKey box 1234, {L}: {V}\nEnjoy your stay, {N}",
 "food_truck_owner_voice_note": "[voice note, transcribed] yeah so the {L} is {V} okay and tell {N} the generator needs diesel",
 "yoga_studio_front_desk_card": "FRONT DESK CARD\nLights: switch by door\n{L}: {V}\nLast class 20:00",
 "home_insurance_claim_draft": "Claim draft (not sent)\nItems stolen: laptop, bike.\nNote to self \u2013 {L}: {V}\nPolice ref: pending",
 "retiree_email_to_grandson": "Dear Tom,\nthe computer says my {L} is wrong but I typed {V} like always. Can you come Sunday?\nLove, {N}",
}

def generate():
    rng = random.Random(4901)
    use = {t: 0 for t in TYPES}
    out = []
    for kind, tpl in C.items():
        chosen = []
        for i in range(4):
            cands = sorted((t for t in TYPES if t not in chosen), key=lambda t: (use[t], rng.random()))
            t = cands[0]; chosen.append(t); use[t] += 1
            lab, fn = TYPES[t]
            v = uniq(rng, fn)
            text, spans = fill(tpl, v, t, L=lab, N=rng.choice(NAMES))
            out.append(dict(type=t, container=kind, text=text, secrets=spans, source="everyday"))
    return out
