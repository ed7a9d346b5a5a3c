"""Everyday records: 45 container kinds from sports / fitness development x 4 types each."""
from common105 import Gen, fill, record

# type -> (ENV_KEY, camelKey, generator)
def types(g):
    return {
        'sport_strava_oauth_client_secret': ('STRAVA_CLIENT_SECRET', 'stravaClientSecret', lambda: g.hex(40)),
        'sport_strava_athlete_refresh_token': ('STRAVA_REFRESH_TOKEN', 'stravaRefreshToken', lambda: g.hex(40)),
        'sport_garmin_health_consumer_secret': ('GARMIN_CONSUMER_SECRET', 'garminConsumerSecret', lambda: g.an(30)),
        'sport_fitbit_web_api_client_secret': ('FITBIT_CLIENT_SECRET', 'fitbitClientSecret', lambda: g.hex(32)),
        'sport_oura_ring_personal_token': ('OURA_PERSONAL_TOKEN', 'ouraPersonalToken', lambda: g.uan(32)),
        'sport_whoop_developer_client_secret': ('WHOOP_CLIENT_SECRET', 'whoopClientSecret', lambda: g.hex(64)),
        'sport_withings_partner_client_secret': ('WITHINGS_CLIENT_SECRET', 'withingsClientSecret', lambda: g.hex(64)),
        'sport_polar_accesslink_client_secret': ('POLAR_CLIENT_SECRET', 'polarClientSecret', lambda: g.uuid4()),
        'sport_odds_feed_api_key': ('ODDS_API_KEY', 'oddsApiKey', lambda: g.hex(32)),
        'sport_fixtures_data_api_key': ('SPORTS_DATA_API_KEY', 'sportsDataApiKey', lambda: g.lan(24)),
        'sport_gym_booking_api_key': ('BOOKING_API_KEY', 'bookingApiKey', lambda: g.hex(32)),
        'sport_member_db_password': ('MEMBERS_DB_PASSWORD', 'membersDbPassword', g.pw),
        'sport_timing_box_ftp_password': ('TIMING_FTP_PASSWORD', 'timingFtpPassword', g.pw),
        'sport_club_portal_admin_password': ('CLUB_ADMIN_PASSWORD', 'clubAdminPassword', g.pw),
        'sport_league_mailer_smtp_password': ('LEAGUE_SMTP_PASSWORD', 'leagueSmtpPassword', g.pw),
        'sport_results_sftp_upload_password': ('RESULTS_SFTP_PASSWORD', 'resultsSftpPassword', g.pw),
    }

# container kind -> template; @K@ env key, @C@ camel key, @V@ value, @U@ user, @H@ host
CONTAINERS = [
    ('strava_webhook_lambda_env_json', '{\n  "FunctionName": "strava-webhook-ingest",\n  "Environment": {"Variables": {"@K@": "@V@", "VERIFY_TOKEN_NAME": "hub-verify"}}\n}'),
    ('garmin_push_receiver_dotenv', '# garmin health push receiver\nPORT=8088\n@K@=@V@\nLOG_LEVEL=info\n'),
    ('fitbit_subscriber_flask_config_py', 'class Config:\n    SUBSCRIBER_ID = "1"\n    @K@ = "@V@"\n    SQLALCHEMY_ECHO = False\n'),
    ('oura_sync_cron_crontab_line', '*/30 * * * * @K@=@V@ /opt/oura-sync/bin/pull --days 2 >> /var/log/oura.log 2>&1\n'),
    ('healthkit_export_parser_swift_let', 'enum Secrets {\n    static let @C@ = "@V@"\n}\n'),
    ('health_connect_android_local_properties', 'sdk.dir=/home/@U@/Android/Sdk\n@C@=@V@\n'),
    ('react_native_fitness_app_config_ts', 'export const config = {\n  apiBase: "https://@H@/v2",\n  @C@: "@V@",\n};\n'),
    ('flutter_workout_app_dart_define_json', '{\n  "FLAVOR": "prod",\n  "@K@": "@V@"\n}\n'),
    ('expo_eas_json_build_env', '{"build": {"production": {"env": {"@K@": "@V@", "APP_VARIANT": "prod"}}}}\n'),
    ('race_timing_windows_ini_section', '[Upload]\nHost=@H@\nUser=@U@\n@C@=@V@\nInterval=15\n'),
    ('chip_reader_bridge_yaml', 'reader:\n  model: ultra-8\n  port: 23\nupload:\n  url: https://@H@/ingest\n  @C@: "@V@"\n'),
    ('results_publisher_php_define', "<?php\ndefine('@K@', '@V@');\ndefine('RESULTS_EVENT', 'spring-10k');\n"),
    ('league_django_settings_local_py', 'DEBUG = False\nALLOWED_HOSTS = ["@H@"]\n@K@ = "@V@"\n'),
    ('club_wordpress_wp_config_define', "define( 'WP_DEBUG', false );\ndefine( '@K@', '@V@' );\n"),
    ('teamsnap_sync_rails_credentials_yml', 'production:\n  sync:\n    @C@: @V@\n  secret_base: see-vault\n'),
    ('gym_booking_laravel_env_file', 'APP_NAME=GymBook\nAPP_ENV=production\n@K@=@V@\nQUEUE_CONNECTION=redis\n'),
    ('membership_crm_appsettings_production_json', '{\n  "Integrations": {\n    "@C@": "@V@"\n  }\n}\n'),
    ('door_access_controller_node_red_flow_json', '[{"id":"a1","type":"http request","name":"unlock","headers":{},"@C@":"@V@"}]\n'),
    ('odds_scraper_go_const_block', 'package feed\n\nconst (\n\tbaseURL = "https://@H@/v4"\n\t@C@ = "@V@"\n)\n'),
    ('betting_model_jupyter_cell_json', '{"cell_type": "code", "source": ["import os\\n", "os.environ[\\"@K@\\"] = \\"@V@\\"\\n"]}\n'),
    ('fantasy_league_bot_toml_config', '[bot]\nleague_id = 48213\n@C@ = "@V@"\n'),
    ('sports_data_airflow_connection_extra_json', '{"conn_id": "sports_feed", "conn_type": "http", "extra": {"@C@": "@V@"}}\n'),
    ('stats_dbt_profiles_yml_target', 'stats:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: @H@\n      user: @U@\n      @C@: "@V@"\n'),
    ('wearable_ingest_k8s_secret_stringdata', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: wearable-ingest\nstringData:\n  @K@: "@V@"\n'),
    ('fitness_api_terraform_lambda_env', 'resource "aws_lambda_function" "sync" {\n  environment {\n    variables = {\n      @K@ = "@V@"\n    }\n  }\n}\n'),
    ('sync_worker_docker_compose_environment', 'services:\n  sync:\n    image: fitsync/worker:3\n    environment:\n      - @K@=@V@\n'),
    ('coach_dashboard_vercel_env_pull', '# Created by Vercel CLI\n@K@="@V@"\nNEXT_PUBLIC_SITE=https://@H@\n'),
    ('strava_segment_script_argparse_default', 'parser.add_argument("--token", default="@V@", help="@C@")\n'),
    ('powershell_club_export_script_variable', '$@C@ = "@V@"\nInvoke-RestMethod -Uri "https://@H@/export" -Method Post\n'),
    ('garmin_connect_iq_monkey_jungle_properties', '<properties>\n  <property id="@C@" type="string">@V@</property>\n</properties>\n'),
    ('wahoo_style_ios_xcconfig_line', 'PRODUCT_BUNDLE_IDENTIFIER = com.example.rideapp\n@K@ = @V@\n'),
    ('zwift_companion_electron_store_json', '{"window": {"w": 1200}, "@C@": "@V@"}\n'),
    ('timing_mat_raspberry_systemd_unit_env', '[Service]\nEnvironment="@K@=@V@"\nExecStart=/usr/local/bin/matbridge\n'),
    ('club_fixture_google_apps_script_property', "PropertiesService.getScriptProperties().setProperty('@K@', '@V@');\n"),
    ('gym_kiosk_windows_registry_export', 'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\GymKiosk]\n"@C@"="@V@"\n'),
    ('strava_api_forum_question_block', 'My token refresh keeps failing with 401, here is my setup:\n\n    @K@=@V@\n\nAny idea what I am doing wrong?\n'),
    ('race_day_ops_whatsapp_paste', '[06:12, 14/04] @U@: ok timing laptop is up, use @K@ @V@ for the upload\n'),
    ('gym_software_helpdesk_ticket_body', 'Subject: Booking sync stopped\n\nHi support, since the update the sync fails. Our settings: @C@ = @V@ (prod). Thanks\n'),
    ('wearable_sync_stacktrace_locals', 'Traceback (most recent call last):\n  File "sync.py", line 88, in refresh\n    resp.raise_for_status()\n  locals: {\'@C@\': \'@V@\', \'attempt\': 3}\n'),
    ('fitness_backend_startup_log_line', '2026-03-02T06:00:01Z INFO boot config loaded @C@=@V@ region=eu-west-1\n'),
    ('sports_ci_bitbucket_pipelines_variables', 'pipelines:\n  default:\n    - step:\n        script:\n          - export @K@=@V@\n          - make deploy\n'),
    ('league_site_netlify_toml_env', '[context.production.environment]\n  @K@ = "@V@"\n'),
    ('odds_poller_supervisord_program', '[program:odds-poller]\ncommand=/srv/odds/poll.py\nenvironment=@K@="@V@"\n'),
    ('member_import_excel_vba_const', 'Const @C@ As String = "@V@"\nSub ImportMembers()\nEnd Sub\n'),
    ('scoreboard_arduino_header_define', '#pragma once\n#define @K@ "@V@"\n#define SCOREBOARD_ROWS 2\n'),
]


def build(prefix, start):
    g = Gen(10501)
    T = types(g)
    tnames = sorted(T)
    recs, n = [], start
    for ci, (kind, tpl) in enumerate(CONTAINERS):
        for j in range(4):
            tn = tnames[(ci * 4 + j) % 16]
            K, C, f = T[tn]
            v = g.uniq(f)
            text, spans = fill(tpl, v, K=K, C=C, U=g.user(), H=g.host())
            recs.append(record('%s%04d' % (prefix, n), tn, kind, text, spans, v, 'everyday'))
            n += 1
    return recs
