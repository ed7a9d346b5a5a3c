"""Everyday: common secret types in small-business / freelancer containers."""
import random, string
from common import MARK, positive, rs, ALNUM, HEX, LOWER_ALNUM, human_pw

M = MARK
TYPES = {
 'smtp_password': ('SMTP password', 'SMTP_PASSWORD', lambda r: human_pw(r)),
 'stripe_live_secret_key': ('Stripe secret key', 'STRIPE_SECRET_KEY', lambda r: 'sk_live_51' + rs(r, ALNUM, 97)),
 'database_password': ('database password', 'DB_PASSWORD', lambda r: rs(r, ALNUM, 18)),
 'sendgrid_api_key': ('SendGrid API key', 'SENDGRID_API_KEY', lambda r: 'SG.' + rs(r, ALNUM + '-_', 22) + '.' + rs(r, ALNUM + '-_', 43)),
 'aws_secret_access_key': ('AWS secret access key', 'AWS_SECRET_ACCESS_KEY', lambda r: rs(r, ALNUM + '+/', 40)),
 'twilio_auth_token': ('Twilio auth token', 'TWILIO_AUTH_TOKEN', lambda r: rs(r, HEX, 32)),
 'telegram_bot_token': ('Telegram bot token', 'TELEGRAM_BOT_TOKEN', lambda r: str(r.randrange(10**9, 8 * 10**9)) + ':AA' + rs(r, ALNUM + '-_', 33)),
 'mysql_url_password': ('MySQL URL', 'DATABASE_URL', lambda r: rs(r, ALNUM, 16)),
 'github_personal_access_token': ('GitHub token', 'GITHUB_TOKEN', lambda r: 'ghp_' + rs(r, ALNUM, 36)),
 'slack_bot_token': ('Slack bot token', 'SLACK_BOT_TOKEN', lambda r: 'xoxb-%d-%d-%s' % (r.randrange(10**11, 10**12), r.randrange(10**12, 10**13), rs(r, ALNUM, 24))),
 'openai_project_api_key': ('OpenAI key', 'OPENAI_API_KEY', lambda r: 'sk-proj-' + rs(r, ALNUM + '-_', 74) + 'T3BlbkFJ' + rs(r, ALNUM + '-_', 74)),
 'email_account_password': ('mailbox password', 'MAILBOX_PASSWORD', lambda r: human_pw(r)),
 'hosting_control_panel_password': ('hosting panel password', 'PANEL_PASSWORD', lambda r: human_pw(r)),
 'ftp_account_password': ('FTP password', 'FTP_PASSWORD', lambda r: rs(r, ALNUM, 14)),
 'webshop_admin_password': ('shop admin password', 'SHOP_ADMIN_PASSWORD', lambda r: human_pw(r)),
 'booking_system_admin_password': ('booking system password', 'BOOKING_ADMIN_PASSWORD', lambda r: human_pw(r)),
}

# container kind -> template; {L} human label, {K} env-style key, {k} lower key, M the value.
C = {
 'cpanel_file_manager_env_edit': '# edited in cPanel File Manager > public_html/.env\nAPP_ENV=production\n{K}=' + M + '\n',
 'wp_config_custom_define_block': "/* added by the agency */\ndefine( '{K}', '" + M + "' );\n",
 'woocommerce_status_report_paste': '### Settings ###\nAPI Enabled: Yes\n{L}: ' + M + '\nForce SSL: Yes\n',
 'agency_handover_docx_table_text': 'Service | Login | Secret\n---|---|---\nClient site | owner@clientshop.example | {L}: ' + M + '\n',
 'freelancer_invoice_email_ps': 'Hi Mele, invoice #2291 attached.\nPS the {L} I set up is ' + M + ' – change it when you can.\n',
 'bookkeeping_app_note_field': 'Vendor: Island Print Co.\nNote: {L} = ' + M + '\nCategory: Office\n',
 'pos_back_office_settings_export': '[integrations]\n{k} = "' + M + '"\nreceipt_footer = "Thank you!"\n',
 'booking_widget_embed_comment': '<!-- booking widget: do not remove -->\n<!-- {L}: ' + M + ' -->\n<div id="bk-widget"></div>\n',
 'newsletter_tool_sender_setup_note': 'Sender domain verified ✔\n{L}: ' + M + '\nDKIM: ok\n',
 'shopify_theme_liquid_comment': '{% comment %} {L} ' + M + ' {% endcomment %}\n<section class="hero"></section>\n',
 'laravel_shop_env_production': 'APP_NAME="Kedai Online"\nAPP_DEBUG=false\n{K}="' + M + '"\n',
 'hosting_welcome_email_body': 'Welcome to your new hosting package!\nControl panel: https://panel.host.example:2083\n{L}: ' + M + '\n',
 'domain_registrar_support_chat_log': '[Agent Ravi] Could you confirm the {L}?\n[Customer] ' + M + '\n[Agent Ravi] Thank you.\n',
 'web_shop_order_admin_comment': 'Order #55102 – internal comment (not visible to customer):\n{L} for courier sync is ' + M + '\n',
 'accountant_client_intake_form': 'Business name: Taro & Co\nBookkeeping software: yes\n{L}: ' + M + '\nVAT registered: no\n',
 'market_stall_notebook_scan_text': 'Sat market – float 200\n{L} ' + M + '\nbring extra bags\n',
 'salon_front_desk_binder_ocr': 'FRONT DESK – KEEP CLOSED\n{L}: ' + M + '\nOpening 9–6\n',
 'homestay_owner_voice_note_text': 'ok so the {L} is ' + M + ' and please don\'t post it in the group okay thanks\n',
 'tour_operator_staff_whatsapp_paste': '[09:14] Boss: {L} ' + M + '\n[09:15] Guide Tevita: 👍\n',
 'restaurant_delivery_tablet_sticker_ocr': 'DELIVERY TABLET\n{L}\n' + M + '\n',
 'craft_fair_seller_spreadsheet_row': 'platform,login,{k}\nonline stall,shop@craft.example,' + M + '\n',
 'bakery_online_orders_readme': '# Online orders\nThe site sends mail via our provider.\n{K}=' + M + '\n',
 'guesthouse_channel_manager_notes': 'Channel manager notes\n- rates synced nightly\n- {L}: ' + M + '\n',
 'freelance_dev_github_issue_comment': 'Deployed to the client server. For the record {K} is `' + M + '` (please rotate after launch).\n',
 'plesk_scheduled_task_command': 'Scheduled task (Plesk) every 15 min:\n/usr/bin/php /var/www/vhosts/shop/cron.php --{k}=' + M + '\n',
 'directadmin_custom_htaccess_setenv': '# DirectAdmin custom .htaccess\nSetEnv {K} ' + M + '\n',
 'mobile_money_merchant_setup_sms': 'Merchant setup done. {L}: ' + M + '. Do not share this SMS.\n',
 'print_shop_job_ticket_text': 'JOB 0419 | flyers A5 x500\nupload via FTP, {L}: ' + M + '\n',
 'church_fundraiser_shop_minutes': 'Minutes: fundraiser webshop\n3. Treasurer noted the {L} is ' + M + '.\n',
 'coworking_member_slack_paste': 'hey all, for the shared invoicing tool the {L} is ' + M + ' (pls dont screenshot)\n',
 'podcast_host_sponsor_sheet_csv': 'sponsor,contact,{k}\nLagoon Tours,ana@lagoon.example,' + M + '\n',
 'clinic_appointment_app_admin_note': 'Appointment app – admin\n{L}: ' + M + '\nSupport: helpdesk@vendor.example\n',
 'ecommerce_migration_checklist_md': '- [x] export products\n- [x] copy {L}: `' + M + '`\n- [ ] redirect old URLs\n',
 'n8n_workflow_node_parameter_json': '{"name": "Send order mail", "parameters": {"%s": "' % '{k}' + M + '"}}\n',
 'zapier_zap_history_step_dump': 'Step 3 · Webhooks by Zapier\nHeaders:\n  {K}: ' + M + '\n',
 'google_sheets_apps_script_const': "const {K} = '" + M + "';\nfunction syncOrders() {}\n",
 'php_ini_user_ini_override': '; .user.ini (shared hosting)\nmemory_limit = 256M\n{k} = "' + M + '"\n',
 'cron_mailer_shell_script_header': '#!/bin/sh\n# nightly sales report\nexport {K}=\'' + M + '\'\n',
 'docker_compose_for_small_shop_env': 'services:\n  shop:\n    environment:\n      {K}: "' + M + '"\n',
 'freelancer_notion_style_page_export': '## Client: Nyota Crafts\n**{L}:** ' + M + '\n**Renewal:** March\n',
 'tuckshop_treasurer_email_forward': '---------- Forwarded message ---------\nFrom: treasurer\nThe {L} is ' + M + ' if you need it.\n',
 'shared_hosting_ticket_reply_text': 'Dear customer,\nWe reset it for you. New {L}: ' + M + '\nRegards, Support\n',
 'event_ticketing_vendor_onboarding_pdf_text': 'Step 4 of 6\nPaste your {L} below:\n' + M + '\n',
 'sole_trader_tax_folder_txt': 'tax 2024-25\nreceipts in /scans\n{L}: ' + M + '\n',
 'fishing_charter_booking_handbook_text': 'Booking handbook p.3\nIf the calendar stops syncing, re-enter the {L} (' + M + ').\n',
}


def generate(pool):
    r = random.Random(5101)
    out = []
    use = {t: 0 for t in TYPES}
    for kind, tpl in C.items():
        chosen = []
        for _ in range(4):
            cands = [t for t in TYPES if t not in chosen]
            m = min(use[t] for t in cands)
            t = r.choice(sorted(t for t in cands if use[t] == m))
            chosen.append(t)
            use[t] += 1
            label, key, fn = TYPES[t]
            v = pool.take(lambda: fn(r))
            text_tpl = tpl.replace('{L}', label).replace('{K}', key).replace('{k}', key.lower())
            if t == 'mysql_url_password':
                text_tpl = text_tpl.replace(M, 'mysql://shopuser:' + M + '@db.host.example:3306/shop')
            out.append(positive(kind, text_tpl, [(v, t)], 'everyday'))
    return out, use
