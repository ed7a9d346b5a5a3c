"""Everyday records: 12 types x 45 jewellery / watch / pawn container kinds x 4 (cyclic pairing)."""
import random
from common156 import rs, pw, b64, b64u, HEX, ALNUM, LOW, DIG, case_key

TYPES = [
    ('pawn_ledger_db_password', pw),
    ('police_report_upload_password', pw),
    ('vault_camera_nvr_password', pw),
    ('showroom_pos_admin_password', pw),
    ('grading_lab_sftp_password', pw),
    ('metal_feed_api_key', lambda r: rs(r, 32, LOW + DIG)),
    ('appraisal_cert_signing_key', lambda r: b64(r, 32)),
    ('layaway_webhook_secret', lambda r: 'lwh_' + rs(r, 40)),
    ('watch_service_portal_client_secret', lambda r: rs(r, 48)),
    ('parts_order_api_token', lambda r: b64u(r, 36)),
    ('loan_system_jwt_secret', lambda r: rs(r, 64, HEX)),
    ('jewellery_site_session_secret', lambda r: rs(r, 50, ALNUM + '!#%+*^(-_=)')),
]

# (kind, key style, template) -- {K} key name, {V} value
KINDS = [
    ('pawn_pos_vb6_app_ini', 'P', '[LoanDesk]\nStoreNo=0417\nPrinter=ZebraGK420\n{K}={V}\nTicketPrefix=PT\n'),
    ('pawn_ledger_access_linked_table_udl', 'P', '[oledb]\n; pawn ledger link, store 12\nProvider=SQLOLEDB.1;Data Source=LEDGER01;Initial Catalog=PawnLedger;{K}={V}\n'),
    ('loan_manager_delphi_dfm_property', 'P', "object dmLoans: TDataModule\n  object conLoans: TFDConnection\n    Params.Strings = (\n      'Database=loans'\n      '{K}={V}')\n  end\nend\n"),
    ('pawn_system_laravel_env_staging', 'U', 'APP_NAME=PawnDesk\nAPP_ENV=staging\n{K}={V}\nQUEUE_CONNECTION=redis\n'),
    ('ticket_printer_bartender_integration_xml', 'P', '<Integration name="PawnTicketPrint">\n  <Setting name="Store">Lakeside</Setting>\n  <Setting name="{K}">{V}</Setting>\n</Integration>\n'),
    ('spot_price_poller_cron_wrapper_sh', 'U', '#!/bin/sh\n# every 5 min: pull XAU/XAG/XPT into pricing table\nexport {K}="{V}"\nexec /opt/spot/poll --metals XAU,XAG,XPT\n'),
    ('bullion_desk_excel_power_query_m', 'P', 'let\n    {K} = "{V}",\n    Source = Json.Document(Web.Contents("https://feed.example.org/v1/spot"))\nin\n    Source\n'),
    ('scrap_gold_calculator_flask_instance_config_py', 'U', '# instance/config.py -- scrap buy calculator\nKARAT_TABLE = "uk"\n{K} = "{V}"\n'),
    ('metal_rate_board_raspberry_pi_config_txt', 's', '# window rate board, Pi in the shop front\nrefresh_s=60\n{K}={V}\nfont=DejaVuSans\n'),
    ('appraisal_pdf_generator_wkhtmltopdf_yaml', 's', 'appraisal_pdf:\n  template: certificate_a4.html\n  {K}: "{V}"\n  watermark: true\n'),
    ('grading_certificate_lambda_samconfig_toml', 's', 'version = 0.1\n[default.deploy.parameters]\nstack_name = "cert-lookup"\nparameter_overrides = "{K}={V}"\n'),
    ('gemology_lab_labview_ini', 'P', '[GemLab.ini]\nSpectrometer=USB4000\n{K}="{V}"\n'),
    ('diamond_inventory_odoo_conf', 's', '[options]\naddons_path = /opt/odoo/addons,/opt/jewel/addons\n{K} = {V}\ndb_host = 10.0.4.20\n'),
    ('police_upload_windows_task_xml', 'P', '<Task>\n  <Actions>\n    <Exec>\n      <Command>C:\\Pawn\\Upload.exe</Command>\n      <Arguments>/daily /{K}:{V}</Arguments>\n    </Exec>\n  </Actions>\n</Task>\n'),
    ('secondhand_dealer_report_go_env_file', 'U', '# reporter.env for the nightly secondhand-goods report\nREPORT_REGION=north\n{K}={V}\n'),
    ('stolen_goods_check_rails_credentials_plaintext', 's', '# decrypted by mistake and committed: config/credentials.yml\nstolen_check:\n  {K}: {V}\n'),
    ('hold_period_scheduler_quartz_properties', 'd', 'org.quartz.scheduler.instanceName=HoldPeriod\norg.quartz.threadPool.threadCount=3\n{K}={V}\n'),
    ('watch_service_intake_sveltekit_env', 'U', 'PUBLIC_SHOP_NAME="Atelier Horloger"\n{K}="{V}"\n'),
    ('watch_parts_order_vue_env_local', 'U', 'VUE_APP_CATALOG=calibres\n{K}={V}\n'),
    ('timegrapher_bridge_arduino_secrets_h', 'U', '// secrets.h -- timegrapher to service-desk bridge\n#define WIFI_SSID "workbench"\n#define {K} "{V}"\n'),
    ('repair_ticket_zoho_deluge_script', 'c', 'repairId = input.ID;\n{K} = "{V}";\nresp = invokeurl [ url: "https://service.example.org/repairs/" + repairId type: GET ];\n'),
    ('movement_parts_catalog_scrapy_settings_py', 'U', 'BOT_NAME = "calibre_parts"\nROBOTSTXT_OBEY = True\n{K} = "{V}"\n'),
    ('watch_repair_bench_tablet_shared_prefs_xml', 'c', '<?xml version="1.0" encoding="utf-8"?>\n<map>\n    <string name="bench">B3</string>\n    <string name="{K}">{V}</string>\n</map>\n'),
    ('showroom_pos_electron_builder_yml', 's', 'appId: org.example.showroompos\npublish:\n  provider: generic\nextraMetadata:\n  {K}: "{V}"\n'),
    ('layaway_plan_django_local_settings_py', 'U', 'from .base import *\nLAYAWAY_MIN_DEPOSIT = 0.2\n{K} = "{V}"\n'),
    ('layaway_reminder_twig_config_yaml', 's', 'parameters:\n    layaway.reminder_days: [7, 14, 28]\n    {K}: \'{V}\'\n'),
    ('showroom_kiosk_chrome_policy_json', 'P', '{\n  "HomepageLocation": "https://kiosk.example.org",\n  "{K}": "{V}"\n}\n'),
    ('engraving_machine_gcode_header', 's', '; engraving job 5521, ring band inside\n; {K}={V}\nG21\nG90\n'),
    ('cad_ring_designer_rhino_python_script', 'U', '# rhino script: push ring model to the order portal\nimport rhinoscriptsyntax as rs\n{K} = "{V}"\n'),
    ('casting_house_order_sync_csharp_app_config', 'P', '<configuration>\n  <appSettings>\n    <add key="{K}" value="{V}" />\n  </appSettings>\n</configuration>\n'),
    ('vault_nvr_onvif_profile_yaml', 's', 'cameras:\n  vault_door:\n    onvif: 192.168.40.11\n    {K}: "{V}"\n'),
    ('safe_room_access_control_mqtt_bridge_conf', 's', '# bridge for the safe-room keypad\nconnection vaultbridge\naddress 10.0.9.3:8883\n{K} {V}\n'),
    ('jewellery_shop_woocommerce_wp_cli_yml', 's', 'path: public\nurl: https://shop.example.org\nconfig create:\n  extra-php: |\n    define( \'{K}\', \'{V}\' );\n'),
    ('estate_jewellery_auction_strapi_env', 'U', 'HOST=0.0.0.0\nPORT=1337\n{K}={V}\n'),
    ('loan_system_spring_application_properties', 'd', 'spring.application.name=loan-system\n{K}={V}\nserver.port=8081\n'),
    ('loan_system_azure_function_local_settings_json', 'U', '{\n  "IsEncrypted": false,\n  "Values": {\n    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",\n    "{K}": "{V}"\n  }\n}\n'),
    ('buyback_desk_clojure_config_edn', 'k', '{:store "downtown"\n :{K} "{V}"\n :currency "GBP"}\n'),
    ('gold_buyer_appsmith_datasource_json', 'c', '{\n  "name": "GoldBuyerDB",\n  "datasourceConfiguration": {\n    "{K}": "{V}"\n  }\n}\n'),
    ('appraisal_desk_elixir_runtime_exs', 's', 'import Config\nconfig :appraisal, Appraisal.Repo,\n  hostname: "db.internal",\n  {K}: "{V}"\n'),
    ('watchmaker_forum_phpbb_config_php', 's', "<?php\n$dbms = 'phpbb\\\\db\\\\driver\\\\mysqli';\n${K} = '{V}';\n"),
    ('pawn_counter_whatsapp_business_paste', 'w', '[09:12] Dana (front counter): till froze again, the {K} is {V} if you need to reboot the back PC\n'),
    ('bench_jeweller_sticky_note_ocr', 'w', 'OCR (photo of note on bench monitor):\nDO NOT REMOVE\n{K}: {V}\n-- M.\n'),
    ('store_manager_voicemail_transcript', 'w', 'Voicemail 10:41, transcribed: Hi, it\'s Priya from the high-street branch, the {K} is {V} , call me if it still fails.\n'),
    ('watch_service_freshservice_ticket_reply', 'w', 'Reply on ticket #88213 (service desk):\nHi Tom, reset done. New {K}: {V}\nPlease change it after the first login.\n'),
    ('loss_prevention_teams_chat_export', 'w', '2026-03-02 17:55 Ravi Shah: for the police export tonight use this {K} {V}\n2026-03-02 17:56 Jo Park: thanks\n'),
]
assert len(KINDS) == 45


def generate(reg, seed=15601):
    r = random.Random(seed)
    out = []
    for i, (kind, style, tpl) in enumerate(KINDS):
        for j in range(4):
            tname, fn = TYPES[(5 * i + 7 * j) % 12]
            words = tname.split('_')
            key = case_key(words, style)
            v = reg.take(lambda: fn(r))
            text = tpl.replace('{K}', key)
            s = text.index('{V}')
            text = text.replace('{V}', v)
            out.append(dict(type=tname, container=kind, text=text,
                            secrets=[dict(value=v, start=s, end=s + len(v), type=tname)], source='everyday'))
    return out
