
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'pandapon' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'pandapon'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'pandapon' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('cart', 'cart', [CompletionResultType]::ParameterValue, 'The Taobao shopping cart: list, add, edit, delete, preview and create orders')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Profiles and settings')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'The embedded PandaPon sandbox: serve it for other tools, or reset its data')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;cart' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the items in the cart')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a product to the cart (looks the product up to fill in title, price and shop)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change the quantity of a cart item')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove items from the cart (with no ids on a terminal: pick them from a list)')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Show what ordering these cart items would cost, per shop')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Turn cart items into an order (shows the preview and asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;cart;list' {
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number, from 1')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per page')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Walk every page and print one table (one JSON array)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;cart;add' {
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'The product''s itemMapId, e.g. WUnUC1cILiBjt-Jv3lDdlQ')
            [CompletionResult]::new('--sku', '--sku', [CompletionResultType]::ParameterName, 'The SKU id, e.g. 5032007803360')
            [CompletionResult]::new('--quantity', '--quantity', [CompletionResultType]::ParameterName, 'How many to add')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Send this JSON body as given (a file, or - for stdin) instead of looking the product up')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;cart;edit' {
            [CompletionResult]::new('--quantity', '--quantity', [CompletionResultType]::ParameterName, 'The new quantity')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;cart;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;cart;preview' {
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'Cart item ids, comma-separated (with none on a terminal: pick them from a list)')
            [CompletionResult]::new('--address-name', '--address-name', [CompletionResultType]::ParameterName, 'Recipient''s name')
            [CompletionResult]::new('--address-mobile', '--address-mobile', [CompletionResultType]::ParameterName, 'Recipient''s mobile phone')
            [CompletionResult]::new('--address-phone', '--address-phone', [CompletionResultType]::ParameterName, 'Recipient''s other phone')
            [CompletionResult]::new('--address-country', '--address-country', [CompletionResultType]::ParameterName, 'Country')
            [CompletionResult]::new('--address-state', '--address-state', [CompletionResultType]::ParameterName, 'State or province')
            [CompletionResult]::new('--address-city', '--address-city', [CompletionResultType]::ParameterName, 'City')
            [CompletionResult]::new('--address-district', '--address-district', [CompletionResultType]::ParameterName, 'District')
            [CompletionResult]::new('--address-street', '--address-street', [CompletionResultType]::ParameterName, 'Street address')
            [CompletionResult]::new('--address-zip', '--address-zip', [CompletionResultType]::ParameterName, 'Postal code')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;cart;create' {
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'Cart item ids, comma-separated (with none on a terminal: pick them from a list)')
            [CompletionResult]::new('--address-name', '--address-name', [CompletionResultType]::ParameterName, 'Recipient''s name')
            [CompletionResult]::new('--address-mobile', '--address-mobile', [CompletionResultType]::ParameterName, 'Recipient''s mobile phone')
            [CompletionResult]::new('--address-phone', '--address-phone', [CompletionResultType]::ParameterName, 'Recipient''s other phone')
            [CompletionResult]::new('--address-country', '--address-country', [CompletionResultType]::ParameterName, 'Country')
            [CompletionResult]::new('--address-state', '--address-state', [CompletionResultType]::ParameterName, 'State or province')
            [CompletionResult]::new('--address-city', '--address-city', [CompletionResultType]::ParameterName, 'City')
            [CompletionResult]::new('--address-district', '--address-district', [CompletionResultType]::ParameterName, 'District')
            [CompletionResult]::new('--address-street', '--address-street', [CompletionResultType]::ParameterName, 'Street address')
            [CompletionResult]::new('--address-zip', '--address-zip', [CompletionResultType]::ParameterName, 'Postal code')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;cart;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the items in the cart')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a product to the cart (looks the product up to fill in title, price and shop)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change the quantity of a cart item')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove items from the cart (with no ids on a terminal: pick them from a list)')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Show what ordering these cart items would cost, per shop')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Turn cart items into an order (shows the preview and asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;cart;help;list' {
            break
        }
        'pandapon;cart;help;add' {
            break
        }
        'pandapon;cart;help;edit' {
            break
        }
        'pandapon;cart;help;delete' {
            break
        }
        'pandapon;cart;help;preview' {
            break
        }
        'pandapon;cart;help;create' {
            break
        }
        'pandapon;cart;help;help' {
            break
        }
        'pandapon;config' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create or update a profile (prompts on a terminal; else reads flags and PANDAPON_* variables)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the resolved settings and where each came from (the secret masked)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the profile file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;config;init' {
            [CompletionResult]::new('--access-key', '--access-key', [CompletionResultType]::ParameterName, 'The access key [env: PANDAPON_ACCESS_KEY]')
            [CompletionResult]::new('--user-id', '--user-id', [CompletionResultType]::ParameterName, 'The user id [env: PANDAPON_USER_ID]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--access-secret-stdin', '--access-secret-stdin', [CompletionResultType]::ParameterName, 'Read the access secret from stdin (else PANDAPON_ACCESS_SECRET, else a hidden prompt)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;config;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;config;path' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;config;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create or update a profile (prompts on a terminal; else reads flags and PANDAPON_* variables)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the resolved settings and where each came from (the secret masked)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the profile file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;config;help;init' {
            break
        }
        'pandapon;config;help;show' {
            break
        }
        'pandapon;config;help;path' {
            break
        }
        'pandapon;config;help;help' {
            break
        }
        'pandapon;sandbox' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the sandbox in the foreground (prints its URL and credentials; Ctrl-C stops it)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Restore the seed data (the cart, orders and the rest)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;sandbox;serve' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port on 127.0.0.1 (0 picks a free one)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: <data dir>/pandapon/sandbox.json]')
            [CompletionResult]::new('--latency-ms', '--latency-ms', [CompletionResultType]::ParameterName, 'Delay every answer by this many milliseconds')
            [CompletionResult]::new('--fault', '--fault', [CompletionResultType]::ParameterName, 'Make an operation misbehave: OP=KIND or OP=KIND*N (OP "*" for all). Kinds: 500, 502, 503, 429 (any status), html, truncate, reset, hang, not-envelope, bad-types, huge')
            [CompletionResult]::new('--clock-offset', '--clock-offset', [CompletionResultType]::ParameterName, 'Run the server''s clock this many seconds ahead (negative: behind)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;sandbox;reset' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: <data dir>/pandapon/sandbox.json]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;sandbox;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the sandbox in the foreground (prints its URL and credentials; Ctrl-C stops it)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Restore the seed data (the cart, orders and the rest)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;sandbox;help;serve' {
            break
        }
        'pandapon;sandbox;help;reset' {
            break
        }
        'pandapon;sandbox;help;help' {
            break
        }
        'pandapon;completions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;help' {
            [CompletionResult]::new('cart', 'cart', [CompletionResultType]::ParameterValue, 'The Taobao shopping cart: list, add, edit, delete, preview and create orders')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Profiles and settings')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'The embedded PandaPon sandbox: serve it for other tools, or reset its data')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;help;cart' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the items in the cart')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a product to the cart (looks the product up to fill in title, price and shop)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change the quantity of a cart item')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove items from the cart (with no ids on a terminal: pick them from a list)')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Show what ordering these cart items would cost, per shop')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Turn cart items into an order (shows the preview and asks first)')
            break
        }
        'pandapon;help;cart;list' {
            break
        }
        'pandapon;help;cart;add' {
            break
        }
        'pandapon;help;cart;edit' {
            break
        }
        'pandapon;help;cart;delete' {
            break
        }
        'pandapon;help;cart;preview' {
            break
        }
        'pandapon;help;cart;create' {
            break
        }
        'pandapon;help;config' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create or update a profile (prompts on a terminal; else reads flags and PANDAPON_* variables)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the resolved settings and where each came from (the secret masked)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the profile file')
            break
        }
        'pandapon;help;config;init' {
            break
        }
        'pandapon;help;config;show' {
            break
        }
        'pandapon;help;config;path' {
            break
        }
        'pandapon;help;sandbox' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the sandbox in the foreground (prints its URL and credentials; Ctrl-C stops it)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Restore the seed data (the cart, orders and the rest)')
            break
        }
        'pandapon;help;sandbox;serve' {
            break
        }
        'pandapon;help;sandbox;reset' {
            break
        }
        'pandapon;help;completions' {
            break
        }
        'pandapon;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
