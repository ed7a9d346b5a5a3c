"""Everyday part: 45 container kinds from shops, schools, clinics, NGOs, farms, councils and families."""
import random
from common import shape, password, uniq, ocr_noise, rs, DIG

SEED = 39001


def _g(spec):
    return lambda r: shape(r, spec)


TYPES = [
    ('stripe_live_secret_key', 'Stripe secret key', _g('sk_live_51{a24}{a75}')),
    ('twilio_auth_token', 'Twilio auth token', _g('{h32}')),
    ('sendgrid_api_key', 'SendGrid API key', _g('SG.{b22}.{b43}')),
    ('telegram_bot_token', 'Telegram bot token', _g('{d10}:AA{b33}')),
    ('smtp_password', 'mail (SMTP) password', password),
    ('database_password', 'database password', password),
    ('mysql_url_password', None, password),
    ('postgres_url_password', None, password),
    ('openai_project_api_key', 'OpenAI key', _g('sk-proj-{b74}T3BlbkFJ{b74}')),
    ('google_gemini_api_key', 'Gemini API key', _g('AIza{b35}')),
    ('aws_secret_access_key', 'AWS secret access key', _g('{B40}')),
    ('slack_bot_token', 'Slack bot token', _g('xoxb-{d11}-{d13}-{a24}')),
    ('jwt_signing_secret', 'JWT signing secret', _g('{h64}')),
    ('wifi_network_passphrase', 'Wi-Fi password', password),
    ('shared_mailbox_password', 'shared mailbox password', password),
    ('booking_system_admin_password', 'booking system admin password', password),
]
LABEL = {t: l for t, l, _ in TYPES}
GEN = {t: g for t, _, g in TYPES}
NAMES = ['Amina', 'Joaquín', 'Sipho', 'Mei', 'Tomasz', 'Fatima', 'Kofi', 'Ingrid', 'Ravi', 'Lucía', 'Yusuf', 'Hanna']


def _frame(t, v):
    """phrase around the value; URL types get a connection string."""
    if t == 'mysql_url_password':
        return 'database link: mysql://tillsync:', v, '@db.shop.example:3306/pos'
    if t == 'postgres_url_password':
        return 'database link: postgresql://clinic_app:', v, '@10.0.4.12:5432/appointments'
    return LABEL[t] + ': ', v, ''


# each kind: (name, template) ; {A} = label-phrase before value, {Z} = after, {N} person
K = [
 ('pos_backoffice_settings_printout', 'BACK OFFICE - SETTINGS PRINTOUT\nStore: Corner Grocer #2   Terminal: T-04\nPayments module ........ enabled\n{A}{V}{Z}\nPrinted by {N} (manager)'),
 ('till_receipt_footer_note', '*** CASH SALE ***\n2 x Bread roll      1.20\n1 x Milk 1L         0.95\nTOTAL               2.15\n-- staff note: {A}{V}{Z} --\nThank you for shopping local!'),
 ('booking_widget_admin_email', 'From: noreply@bookings.salon.example\nTo: {N} <owner@salon.example>\nSubject: Your booking page is live\n\nHi {N}, your online booking page is ready.\n{A}{V}{Z}\nKeep this e-mail safe.'),
 ('school_portal_parent_letter', 'Dear parents and guardians,\nThe new class portal is now open. The IT coordinator has set up the newsletter tool.\n{A}{V}{Z}\nKind regards,\n{N}, Year 4 teacher'),
 ('clinic_shared_spreadsheet_csv', 'system,owner,login,secret,notes\nreception PC,{N},front-desk,"{A}{V}{Z}",change after audit\nlab printer,Dr. Osei,admin,(ask),'),
 ('printed_handover_sheet_ocr', '{OCR}HANDOVER SHEET - Community Centre office\nOutgoing admin: {N}\nAccounts & systems\n{A}{V}{Z}\nKeys are in the grey cabinet.'),
 ('voicemail_transcript_email', 'New voicemail from +44 7700 900123 (0:42)\nTranscript (automatic, may contain errors):\n"hi it\'s {N} from the farm shop, um, the new {A}{V}{Z} okay, call me back if it doesn\'t work, bye"'),
 ('sms_thread_plaintext_export', '12/03 09:14 {N}: are you at the shop yet\n12/03 09:15 Me: yes, laptop asks for the thing again\n12/03 09:17 {N}: {A}{V}{Z}\n12/03 09:17 Me: thx'),
 ('family_group_chat_paste', '[Mum] dinner sunday at 6 ❤️\n[Dad] ok\n[{N}] uncle set up the bakery website, he said {A}{V}{Z}\n[Mum] don\'t put that here 😬'),
 ('ngo_volunteer_onboarding_doc', 'Volunteer onboarding - Food Bank North\n1. Sign the confidentiality form\n2. Log into the rota app\n3. Donations mailer: {A}{V}{Z}\nQuestions? Ask {N}.'),
 ('farm_office_whiteboard_photo_ocr', '{OCR}MILK COLLECTION TUE/FRI\nvet: Thurs\n{A}{V}{Z}\nfeed order -> {N}'),
 ('council_service_desk_ticket', 'Ticket #48213  Service desk - Parks & Recreation\nReporter: {N}\nDescription: the room booking kiosk stopped sending confirmations.\nWorkaround from supplier: {A}{V}{Z}\nStatus: open'),
 ('scanned_registration_form_ocr', '{OCR}MEMBERSHIP REGISTRATION FORM\nName: {N}    Date: 03/02\nOffice use only\n{A}{V}{Z}\nSignature: ______'),
 ('shared_drive_readme_txt', 'READ ME FIRST - shared drive of the sports club\nFolders: /members /fixtures /finance\n{A}{V}{Z}\nMaintained by {N}'),
 ('accountant_email_forward', '---------- Forwarded message ---------\nFrom: {N} <books@accountants.example>\nSubject: Re: year end\n\nThe payroll export is connected. For your records: {A}{V}{Z}\n\nBest, {N}'),
 ('sticky_note_photo_ocr', '{OCR}DO NOT REMOVE\n{A}{V}{Z}\n- {N}'),
 ('salon_appointment_book_notes', 'Mon 10:00 cut & colour - Rosa\nMon 11:30 beard trim - Dev\nNOTE (for {N}): {A}{V}{Z}\nMon 14:00 (free)'),
 ('pharmacy_shift_log_entry', 'Shift log - Riverside Pharmacy\n07:55 opened, fridge 4.1°C\n08:20 {N}: card reader rebooted, supplier gave {A}{V}{Z}\n09:02 controlled drugs count OK'),
 ('parish_newsletter_draft', 'Parish Newsletter - Draft v3\nFlower rota: see back page\n[internal, remove before printing] {A}{V}{Z}\nEditor: {N}'),
 ('restaurant_supplier_portal_reply', 'Hi {N},\nthanks for your order of 20kg flour. To connect your till to our ordering portal use {A}{V}{Z}\nDelivery Thursday.\nRegards, Supplier Desk'),
 ('kindergarten_staff_notice_board', 'STAFF NOTICE BOARD\n* Fire drill Wednesday\n* Nap room heater fixed\n* Parent app -> {A}{V}{Z}\n* Birthday cake for {N} on Friday!'),
 ('dental_clinic_it_checklist', 'IT checklist - Smile Dental\n[x] backup drive swapped\n[x] X-ray PC updated\n[ ] reminder texts: {A}{V}{Z}\nChecked by {N}'),
 ('market_stall_card_reader_manual_note', 'Quick start - card reader\n1. Hold power 3s\n2. Pair with phone\n(handwritten in margin: {A}{V}{Z})\nSupport line 0800 000 000'),
 ('library_front_desk_binder_page', 'Front desk binder - p.12\nPublic PCs reset at 17:00\nSelf-checkout admin: see manager\n{A}{V}{Z}\nUpdated by {N}'),
 ('hostel_reception_handover_chat', '22:01 {N}: night shift all yours\n22:02 Reception: room 5 checked out?\n22:03 {N}: yes. booking channel sync uses {A}{V}{Z}\n22:03 Reception: 👍'),
 ('taxi_dispatch_radio_log_transcript', 'DISPATCH LOG 04:12\nCAR 7: base, the app logged me out\nBASE ({N}): re-enter {A}{V}{Z}\nCAR 7: copy'),
 ('cooperative_meeting_minutes', 'Minutes - Coffee Growers Cooperative, 5 May\nPresent: {N}, Esi, Marco\n3. Online shop: treasurer connected payments, {A}{V}{Z}\n4. AOB: none'),
 ('school_it_helpdesk_email_reply', 'Re: [Helpdesk] cannot send homework reminders\n\nHi {N},\nI have re-linked the messaging service. {A}{V}{Z}\nPlease do not forward this.\nSchool IT'),
 ('church_hall_booking_spreadsheet_tsv', 'date\tgroup\tcontact\tnotes\n2024-06-01\tYoga\t{N}\tkey from office\n2024-06-02\tadmin\t-\t{A}{V}{Z}'),
 ('veterinary_practice_wiki_note', 'Vet practice wiki > Front desk > Reminders\nVaccination reminders go out every Monday.\n{A}{V}{Z}\nLast edited by {N}'),
 ('garage_workshop_job_card', 'JOB CARD 0931  Reg: AB12 CDE\nWork: brake pads front\nParts ordered via portal ({A}{V}{Z})\nMechanic: {N}'),
 ('tutoring_center_parent_sms', 'BrightMinds: Dear {N}, the learning app for your child is set up. {A}{V}{Z} Reply STOP to opt out.'),
 ('food_truck_shared_notes_app', 'Shared note: TRUCK STUFF\n- gas refill fri\n- menu board chalk\n- {A}{V}{Z}\n- ask {N} re: festival permit'),
 ('municipal_permit_office_memo', 'MEMO - Permits Office\nTo: front counter staff\nFrom: {N}\nThe online payment form was migrated. {A}{V}{Z}\nPlease update the desk folder.'),
 ('bakery_order_tablet_screenshot_ocr', '{OCR}Orders today (14)\nSettings > Integrations\n{A}{V}{Z}\nSave   Cance1'),
 ('scout_group_leaders_chat_export', '15/04/2024, 19:02 - {N}: camp forms are in the folder\n15/04/2024, 19:05 - {N}: also the new email thing {A}{V}{Z}\n15/04/2024, 19:06 - Akela: great, thanks'),
 ('home_router_label_photo_ocr', '{OCR}MODEL: HG-330   S/N: 21A0039\nSSID: Casa-{N}\n{A}{V}{Z}\nAdmin: http://192.168.1.1'),
 ('grandparent_email_to_grandchild', 'Hello dear,\nthe man from the shop set up my computer. He wrote {A}{V}{Z} on a paper and I copy it here so I do not lose it.\nLove, Granny'),
 ('charity_shop_volunteer_rota_doc', 'Volunteer rota - week 23\nMon: {N}   Tue: Pat   Wed: closed\nTill tablet login note: {A}{V}{Z}\nPlease sign in at the back.'),
 ('fitness_studio_front_desk_postit_ocr', '{OCR}CLASS SIGN-UP TABLET\n{A}{V}{Z}\n(do not share w/ members) - {N}'),
 ('community_radio_studio_log', 'STUDIO LOG - Sat 14:00\nPresenter: {N}\nStreaming encoder dropped twice.\nEngineer left: {A}{V}{Z}\nNext show: Reggae Hour'),
 ('property_agent_tenant_handover_letter', 'Tenant handover - Flat 3B\nMeter readings: E 10233 / G 4410\nBuilding app for intercom: {A}{V}{Z}\nAgent: {N}'),
 ('hospital_ward_clerk_handover_note', 'Ward 6 clerk handover\nBeds: 22/24\nBleep for IT: 4410\nDischarge-letter service {A}{V}{Z}\nHandover given by {N}'),
 ('wedding_planner_vendor_sheet', 'Vendor sheet - Sat wedding\nFlorist: Petal & Co\nPhoto booth uploads: {A}{V}{Z}\nCoordinator: {N}'),
 ('small_hotel_night_audit_printout', 'NIGHT AUDIT REPORT  03:00\nOccupancy 71%  ADR 84.00\nChannel manager reconnect: {A}{V}{Z}\nAuditor: {N}'),
]


def build():
    r = random.Random(SEED)
    uses = {t: 0 for t, _, _ in TYPES}
    recs = []
    for kname, tpl in K:
        chosen = []
        for _ in range(4):
            cands = sorted((t for t in uses if t not in chosen), key=lambda t: (uses[t], r.random()))
            chosen.append(cands[0]); uses[cands[0]] += 1
        for t in chosen:
            v = uniq(GEN[t])(r)
            a, _, z = _frame(t, v)
            body = tpl
            ocr = body.startswith('{OCR}')
            body = body.replace('{OCR}', '').replace('{N}', r.choice(NAMES))
            before, after = body.split('{V}')
            before = before.replace('{A}', a)
            after = after.replace('{Z}', z)
            if ocr:
                before, after = ocr_noise(r, before), ocr_noise(r, after)
            text = before + v + after
            recs.append({'type': t, 'container': kname, 'text': text,
                         'secrets': [{'value': v, 'start': len(before), 'end': len(before) + len(v), 'type': t}],
                         'source': 'everyday'})
    return recs
