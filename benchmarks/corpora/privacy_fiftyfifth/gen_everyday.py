"""Everyday part: 45 container kinds x 4 records, 16 common types."""
import random
from common import *

def g_aws(r): return tok(r, ALNUM + '+/', 40)
TYPES = {
 'aws_secret_access_key': ('AWS_SECRET_ACCESS_KEY', 'AWS secret key', g_aws),
 'database_password': ('DB_PASSWORD', 'database password', human_pw),
 'smtp_password': ('SMTP_PASSWORD', 'mail server password', human_pw),
 'email_account_password': ('MAILBOX_PASSWORD', 'email password', human_pw),
 'github_personal_access_token': ('GITHUB_TOKEN', 'GitHub token', lambda r: 'ghp_' + tok(r, ALNUM, 36)),
 'slack_bot_token': ('SLACK_BOT_TOKEN', 'Slack bot token', lambda r: 'xoxb-%s-%s-%s' % (tok(r, DIG, 12), tok(r, DIG, 13), tok(r, ALNUM, 24))),
 'telegram_bot_token': ('TELEGRAM_BOT_TOKEN', 'Telegram bot token', lambda r: tok(r, DIG, 10) + ':AA' + tok(r, ALNUM + '_-', 33)),
 'twilio_auth_token': ('TWILIO_AUTH_TOKEN', 'Twilio auth token', lambda r: tok(r, HEXL, 32)),
 'sendgrid_api_key': ('SENDGRID_API_KEY', 'SendGrid key', lambda r: 'SG.' + tok(r, ALNUM + '_-', 22) + '.' + tok(r, ALNUM + '_-', 43)),
 'stripe_live_secret_key': ('STRIPE_SECRET_KEY', 'Stripe secret key', lambda r: 'sk_live_51' + tok(r, ALNUM, 96)),
 'openai_project_api_key': ('OPENAI_API_KEY', 'OpenAI key', lambda r: 'sk-proj-' + tok(r, ALNUM + '_-', 74) + 'T3BlbkFJ' + tok(r, ALNUM + '_-', 74)),
 'jwt_signing_secret': ('JWT_SECRET', 'token signing secret', lambda r: tok(r, HEXL, 64)),
 'wifi_network_passphrase': ('WIFI_PSK', 'Wi-Fi password', human_pw),
 'student_information_system_password': ('SIS_ADMIN_PASSWORD', 'student records (SIS) password', human_pw),
 'library_staff_login_password': ('ILS_STAFF_PASSWORD', 'library staff login password', human_pw),
 'shared_volunteer_account_password': ('VOLUNTEER_ACCOUNT_PASSWORD', 'shared volunteer account password', human_pw),
}
# templates: {K}=key name, {L}=plain label, {V}=value, other fillers from common.fill
KINDS = {
 'school_it_helpdesk_ticket_csv_row': 'ticket_id,opened_by,room,summary,notes\n{n},{N},Room {r},"projector PC cannot send mail","tech set {L} to {V} - do not change"\n',
 'classroom_smartboard_setup_sheet': 'SMARTBOARD PC - ROOM {r}\nBoot order: USB off\n{L}: {V}\nIf it asks again call {N} (ext. {r}0)\n',
 'library_ils_staff_wiki_page': '== Circulation desk ==\n* Staff client: https://ils.{H}/staff\n* {L}: <code>{V}</code>\n* Last checked by {N} on {D}\n',
 'parent_teacher_association_minutes': 'PTA minutes, {D}\n3. Website and newsletter\n   Treasurer {N} reported the {L} is {V} - it is in the blue folder.\n4. Bake sale: moved to Friday.\n',
 'municipal_it_change_request_form': 'Change request CR-{n}\nDepartment: Parks and Recreation\nRequested by: {N}\nImplementation notes: set {K}={V} on the booking server, restart service.\n',
 'ngo_field_office_handover_note_txt': 'HANDOVER - field office, {D}\nGenerator fuel: 40 L left\nLaptop in the grey box; {L} = {V}\nKeys with the guard ({N2}).\n',
 'volunteer_shift_signup_sheet_comment': 'Sat {T} | {N} | front desk | comment: "{L} for the sign-in tablet is {V}"\n',
 'school_district_google_sheet_tsv': 'school\tsystem\tlogin\tsecret\tupdated\nNorth Elementary\t{K}\tadmin\t{V}\t{D}\n',
 'chromebook_cart_inventory_notes': 'Cart B (30 Chromebooks), charging OK\nEnrollment done by {N}.\nNote for sub: {L} -> {V}\n',
 'library_makerspace_raspberry_pi_readme': '# Makerspace Pi kiosk\n\nUpdate with `sudo apt upgrade` monthly.\n\n{K}={V}\n\nQuestions: {N} at the info desk.\n',
 'after_school_club_email_thread_quote': 'Thanks {N}!\n\nOn {D} {N2} wrote:\n> the {L} for the club laptop is {V}\n> please keep it to the coaches\n',
 'town_hall_reception_desk_memo': 'MEMO - Reception desk\nTo: front counter staff\nThe visitor kiosk {L} changed today. New one: {V}\nDo not write it on the monitor.\n',
 'food_bank_volunteer_portal_faq': 'Q: I cannot log into the pantry scheduling portal.\nA: Use the {L} {V} and ask {N} to reset yours afterwards.\n',
 'ngo_grant_reporting_server_config_yaml': 'reporting:\n  donor_portal: https://grants.{H}\n  {k}: "{V}"\n  export_day: monday\n',
 'refugee_support_center_laptop_label_ocr': 'PROPERTY OF COMMUNITY SUPPORT CENTRE\nAsset {n}\n{L}: {V}\nReturn to desk 2\n',
 'school_newsletter_plugin_settings_php': "<?php\n// newsletter plugin settings - set by {N}\ndefine('{K}', '{V}');\ndefine('NEWSLETTER_FROM', 'office@{H}');\n",
 'county_gis_server_properties_file': '# county GIS publishing service\nserver.host=gis.{H}\n{k}={V}\nlog.level=INFO\n',
 'museum_volunteer_guide_docx_text': 'Volunteer Guide - Section 7: Computers\nThe ticket desk computer uses the {L}: {V}. Log out at closing time.\n',
 'community_radio_station_stream_notes': 'Studio B notes ({D})\n- Stream encoder restarted\n- {L}: {V}\n- Next show: {N} at {T}\n',
 'youth_sports_league_registration_site_env': 'APP_NAME=league-registration\nAPP_URL=https://signup.{H}\n{K}={V}\nSEASON=spring\n',
 'library_kiosk_registry_export_reg': 'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\LibraryKiosk]\n"{K}"="{V}"\n"Branch"="Main"\n',
 'teacher_substitute_binder_page': 'SUB PLANS - Room {r}\nPeriod 1-2: worksheet in tray\nComputer: {L} is {V}\nFire exit: left stairwell\n',
 'university_lab_course_forum_post': 'Re: Lab 3 setup\nby {N} - {D} {T}\nFor the assignment server use the {L} {V} (it gets rotated after the term).\n',
 'water_utility_vendor_support_email': 'Subject: RE: telemetry upload failing\n\nHi {N},\nplease try again with the {L} below:\n{V}\nRegards, Utility Operations\n',
 'parish_hall_booking_laptop_notes': 'Hall booking laptop\n- Calendar syncs on Sundays\n- {L}: {V}\n- Ask {N} for the cupboard key\n',
 'ngo_kobo_form_deployment_checklist_md': '## Deployment checklist\n- [x] Form v{r} deployed\n- [x] Enumerator phones updated\n- [ ] {K} `{V}` moved to the vault\n',
 'school_esports_club_chat_paste': '[{T}] coach_{N}: server is back up\n[{T}] coach_{N}: {L} = {V}\n[{T}] student: ty!!\n',
 'library_friends_group_mailing_list_post': 'From: {N} <friends@{H}>\nSubject: book sale website\n\nThe {L} for the sale website is {V} - please do not forward this list mail.\n',
 'election_office_poll_worker_instruction_sheet': 'POLL WORKER INSTRUCTIONS - PRECINCT {r}\n1. Power on the check-in tablet\n2. Enter the {L}: {V}\n3. Call the clerk if the printer jams\n',
 'student_robotics_team_arduino_sketch_header': '// Robotics team sensor logger - team {n}\n#define {K} "{V}"\n#define TEAM_NAME "Gearheads"\n',
 'nonprofit_board_treasurer_handoff_letter': 'Dear {N},\n\nwelcome as treasurer. The online banking token is with the chair; the {L} is {V}.\n\nKind regards, {N2}\n',
 'school_office_printer_scan_to_email_config': 'Scan-to-email profile\nSMTP server: smtp.{H}\nPort: 587\nUser: scanner@{H}\n{L}: {V}\n',
 'city_open_data_portal_cron_job_log': '{D} {T} INFO export started\n{D} {T} DEBUG using {K}={V}\n{D} {T} INFO 14 datasets published\n',
 'humanitarian_cluster_meeting_notes': 'Coordination meeting {D}\nAction points:\n- {N} shares the {L} ({V}) with the new partner only by phone\n- next meeting in two weeks\n',
 'classroom_jupyter_notebook_cell_json': '{{"cell_type": "code", "metadata": {{}}, "source": ["{K} = \\"{V}\\"\\n", "run_lesson()"]}}\n',
 'library_public_pc_reservation_config_ini': '[Reservation]\nSessionMinutes=60\nBranch=Central\n[Admin]\n{K}={V}\n',
 'district_sis_export_script_powershell': '# nightly roster export - {N}\n$Server = "sis.{H}"\n${K} = "{V}"\nInvoke-RosterExport -Server $Server\n',
 'volunteer_fire_department_whiteboard_ocr': 'STATION 2 - WEEK {r}\nTruck check: done\nTablet {L}: {V}\nHose test Thursday\n',
 'literacy_nonprofit_tutor_onboarding_email': 'Hi {N},\n\nwelcome to the tutoring team! To open the lesson library use the {L}: {V}\n\nSee you Tuesday,\n{N2}\n',
 'school_yearbook_committee_shared_doc': 'Yearbook committee - shared notes\nPhoto upload site: https://yearbook.{H}\n{L}: {V}\nDeadline {D}\n',
 'municipal_permit_system_docker_env': 'services:\n  permits:\n    image: permits:latest\n    environment:\n      - {K}={V}\n',
 'ngo_mobile_data_collection_sms_forward': 'Fwd SMS from +000 555 01{r}: team lead {N} says {L} is {V} for the tablets, delete after reading\n',
 'adult_education_center_it_postit_text': 'post-it on monitor (photo, {D}):\n"{L}\n {V}\n - {N}"\n',
 'science_lab_ansible_group_vars_yml': '---\n# group_vars/lab_workstations.yml\nlab_timezone: Europe/Berlin\n{k}: "{V}"\n',
 'animal_shelter_website_admin_handoff_txt': 'Website handoff - shelter adoption pages\nHosting: {H}\nEditor login is the shared one.\n{L}: {V}\nThanks for all the help, {N}!\n',
}

def build(seed=5501):
    r = random.Random(seed)
    tnames = sorted(TYPES); use = {t: 0 for t in tnames}
    recs = []
    for kind in sorted(KINDS):
        chosen = []
        for _ in range(4):
            cands = sorted((use[t], r.random(), t) for t in tnames if t not in chosen)
            t = cands[0][2]; chosen.append(t); use[t] += 1
            key, label, gen = TYPES[t]
            v = gen(r)
            f = fill(r); f.update(K=key, k=key.lower(), L=label)
            text, spans = place(KINDS[kind].format(**f), [v])
            recs.append(dict(type=t, container=kind, text=text,
                             secrets=[dict(value=v, start=s, end=e, type=t) for s, e, v in spans], source='everyday'))
    return recs
