
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
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('cart', 'cart', [CompletionResultType]::ParameterValue, 'The Taobao shopping cart: list, add, edit, delete, preview and create orders')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'Taobao orders: list, show, create, pay, cancel, track')
            [CompletionResult]::new('after-sales', 'after-sales', [CompletionResultType]::ParameterValue, 'Refunds and returns on Taobao orders (reverse orders)')
            [CompletionResult]::new('refund', 'refund', [CompletionResultType]::ParameterValue, 'Refunds and returns on Taobao orders (reverse orders)')
            [CompletionResult]::new('address', 'address', [CompletionResultType]::ParameterValue, 'Shipping addresses stored with PandaPon')
            [CompletionResult]::new('freight', 'freight', [CompletionResultType]::ParameterValue, 'Overseas freight (estimate, preview, book) and domestic tracking updates')
            [CompletionResult]::new('journal', 'journal', [CompletionResultType]::ParameterValue, 'Show the local record of every write that was sent (payments, cancellations, ...)')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive PandaPon''s order messages: kept in the inbox, printed, handed to your app')
            [CompletionResult]::new('inbox', 'inbox', [CompletionResultType]::ParameterValue, 'The order messages `listen` received: list, show, replay to your app')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Send a sample order message to a running `listen` (or any URL), as PandaPon would')
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
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
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
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per page (--all asks for the largest pages the API allows)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
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
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
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
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
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
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
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
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
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
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
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
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
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
        'pandapon;order' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List orders, newest first as the API sends them')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show orders: status, lines, amounts and a logistics summary')
            [CompletionResult]::new('logistics', 'logistics', [CompletionResultType]::ParameterValue, 'Show an order''s logistics details')
            [CompletionResult]::new('im-link', 'im-link', [CompletionResultType]::ParameterValue, 'Print the URL of the seller chat for an order')
            [CompletionResult]::new('warehouse', 'warehouse', [CompletionResultType]::ParameterValue, 'Change an order''s pre-warehouse (前置仓) name and address')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an order directly (not from the cart); shows the cost and asks first')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Show what a direct order would cost, without creating it')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Pay orders (asks once for the whole batch)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel unpaid orders (asks once for the whole batch)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;order;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only orders in this status, as the API names it: WAIT_BUYER_PAY, WAIT_SELLER_SEND_GOODS, WAIT_BUYER_CONFIRM_GOODS, TRADE_FINISHED or TRADE_CLOSED')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Created at or after: 2026-05-01, "2026-05-01 08:00" (local time) or RFC 3339')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Created at or before (a date alone means the end of that day)')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number, from 1')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per page (--all asks for the largest pages the API allows)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
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
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;order;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;order;logistics' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;order;im-link' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;order;warehouse' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Warehouse name')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Warehouse address')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;order;create' {
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'An order line ITEM:SKU:QUANTITY, e.g. 600126245031041190:5016042822039:2 (repeatable). A fourth field, ITEM:SKU:QTY:PRICE, is the unit price in yuan the line is sent with (the documented orderLineList `price`); leave it out to take the shop''s price')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Send this JSON body as given (a file, or - for stdin)')
            [CompletionResult]::new('--budget', '--budget', [CompletionResultType]::ParameterName, 'Budget for the whole order in yuan, e.g. 39.90 (sent as purchaseAmount in cents)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'The buyer''s platform (orderSource), e.g. lazada')
            [CompletionResult]::new('--seller-order', '--seller-order', [CompletionResultType]::ParameterName, 'The order number on the buyer''s platform (sellerOrderNumber)')
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
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;order;render' {
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'An order line ITEM:SKU:QUANTITY, e.g. 600126245031041190:5016042822039:2 (repeatable). A fourth field, ITEM:SKU:QTY:PRICE, is the unit price in yuan the line is sent with (the documented orderLineList `price`); leave it out to take the shop''s price')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Send this JSON body as given (a file, or - for stdin)')
            [CompletionResult]::new('--budget', '--budget', [CompletionResultType]::ParameterName, 'Budget for the whole order in yuan, e.g. 39.90 (sent as purchaseAmount in cents)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'The buyer''s platform (orderSource), e.g. lazada')
            [CompletionResult]::new('--seller-order', '--seller-order', [CompletionResultType]::ParameterName, 'The order number on the buyer''s platform (sellerOrderNumber)')
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
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;order;pay' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;order;cancel' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, as sent to the API''s cancelReason')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;order;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List orders, newest first as the API sends them')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show orders: status, lines, amounts and a logistics summary')
            [CompletionResult]::new('logistics', 'logistics', [CompletionResultType]::ParameterValue, 'Show an order''s logistics details')
            [CompletionResult]::new('im-link', 'im-link', [CompletionResultType]::ParameterValue, 'Print the URL of the seller chat for an order')
            [CompletionResult]::new('warehouse', 'warehouse', [CompletionResultType]::ParameterValue, 'Change an order''s pre-warehouse (前置仓) name and address')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an order directly (not from the cart); shows the cost and asks first')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Show what a direct order would cost, without creating it')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Pay orders (asks once for the whole batch)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel unpaid orders (asks once for the whole batch)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;order;help;list' {
            break
        }
        'pandapon;order;help;show' {
            break
        }
        'pandapon;order;help;logistics' {
            break
        }
        'pandapon;order;help;im-link' {
            break
        }
        'pandapon;order;help;warehouse' {
            break
        }
        'pandapon;order;help;create' {
            break
        }
        'pandapon;order;help;render' {
            break
        }
        'pandapon;order;help;pay' {
            break
        }
        'pandapon;order;help;cancel' {
            break
        }
        'pandapon;order;help;help' {
            break
        }
        'pandapon;after-sales' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List after-sales (reverse) orders')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one after-sales order')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Show the reasons and the maximum refundable amount for a sub-order')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Ask for a refund (on a terminal without flags: a guided walk-through)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change an after-sales request')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Withdraw an after-sales request')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'Send a message to the seller about an after-sales request')
            [CompletionResult]::new('messages', 'messages', [CompletionResultType]::ParameterValue, 'List the messages of an after-sales request')
            [CompletionResult]::new('return-logistics', 'return-logistics', [CompletionResultType]::ParameterValue, 'Show where and how to send goods back (the return-logistics render)')
            [CompletionResult]::new('return-ship', 'return-ship', [CompletionResultType]::ParameterValue, 'Tell the seller the return has been shipped')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;refund' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List after-sales (reverse) orders')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one after-sales order')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Show the reasons and the maximum refundable amount for a sub-order')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Ask for a refund (on a terminal without flags: a guided walk-through)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change an after-sales request')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Withdraw an after-sales request')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'Send a message to the seller about an after-sales request')
            [CompletionResult]::new('messages', 'messages', [CompletionResultType]::ParameterValue, 'List the messages of an after-sales request')
            [CompletionResult]::new('return-logistics', 'return-logistics', [CompletionResultType]::ParameterValue, 'Show where and how to send goods back (the return-logistics render)')
            [CompletionResult]::new('return-ship', 'return-ship', [CompletionResultType]::ParameterValue, 'Tell the seller the return has been shipped')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;after-sales;list' {
            [CompletionResult]::new('--refund-id', '--refund-id', [CompletionResultType]::ParameterName, 'Only this after-sales order')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Only after-sales of this order (purchaseOrderId)')
            [CompletionResult]::new('--sales-order', '--sales-order', [CompletionResultType]::ParameterName, 'Only after-sales of this Taobao order (salesOrderId)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this refundStatus (the API''s number)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Requested at or after: 2026-05-01, "2026-05-01 08:00" (local time) or RFC 3339')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Requested at or before (a date alone means the end of that day)')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number, from 1')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per page (--all asks for the largest pages the API allows)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
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
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;refund;list' {
            [CompletionResult]::new('--refund-id', '--refund-id', [CompletionResultType]::ParameterName, 'Only this after-sales order')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Only after-sales of this order (purchaseOrderId)')
            [CompletionResult]::new('--sales-order', '--sales-order', [CompletionResultType]::ParameterName, 'Only after-sales of this Taobao order (salesOrderId)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this refundStatus (the API''s number)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Requested at or after: 2026-05-01, "2026-05-01 08:00" (local time) or RFC 3339')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Requested at or before (a date alone means the end of that day)')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number, from 1')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per page (--all asks for the largest pages the API allows)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
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
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;after-sales;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;refund;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;after-sales;render' {
            [CompletionResult]::new('--sub-order', '--sub-order', [CompletionResultType]::ParameterName, 'The sub-order (order line) id')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The API''s refundType number (PandaPon does not document the values)')
            [CompletionResult]::new('--goods-status', '--goods-status', [CompletionResultType]::ParameterName, 'The API''s goodsStatus number (PandaPon does not document the values)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;refund;render' {
            [CompletionResult]::new('--sub-order', '--sub-order', [CompletionResultType]::ParameterName, 'The sub-order (order line) id')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The API''s refundType number (PandaPon does not document the values)')
            [CompletionResult]::new('--goods-status', '--goods-status', [CompletionResultType]::ParameterName, 'The API''s goodsStatus number (PandaPon does not document the values)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;after-sales;submit' {
            [CompletionResult]::new('--sub-order', '--sub-order', [CompletionResultType]::ParameterName, 'The sub-order (order line) id')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The API''s refundType number')
            [CompletionResult]::new('--goods-status', '--goods-status', [CompletionResultType]::ParameterName, 'The API''s goodsStatus number')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'The reason id, from `after-sales render`')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'The amount in yuan, at most the maximum the render allows [default: that maximum]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What is wrong, for the seller')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;refund;submit' {
            [CompletionResult]::new('--sub-order', '--sub-order', [CompletionResultType]::ParameterName, 'The sub-order (order line) id')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The API''s refundType number')
            [CompletionResult]::new('--goods-status', '--goods-status', [CompletionResultType]::ParameterName, 'The API''s goodsStatus number')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'The reason id, from `after-sales render`')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'The amount in yuan, at most the maximum the render allows [default: that maximum]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What is wrong, for the seller')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;after-sales;modify' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'The new reason id')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'The new amount in yuan, e.g. 39.90')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'The new description')
            [CompletionResult]::new('--goods-status', '--goods-status', [CompletionResultType]::ParameterName, 'The new goods status (the API''s goodsStatus number)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;refund;modify' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'The new reason id')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'The new amount in yuan, e.g. 39.90')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'The new description')
            [CompletionResult]::new('--goods-status', '--goods-status', [CompletionResultType]::ParameterName, 'The new goods status (the API''s goodsStatus number)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;after-sales;cancel' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;refund;cancel' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;after-sales;message' {
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'The message')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'An image to attach: a JPEG, PNG, GIF or WebP file of at most 5 MiB (sent base64-encoded), or an http(s):// URL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;refund;message' {
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'The message')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'An image to attach: a JPEG, PNG, GIF or WebP file of at most 5 MiB (sent base64-encoded), or an http(s):// URL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;after-sales;messages' {
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number, from 1')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per page (--all asks for the largest pages the API allows)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
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
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;refund;messages' {
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number, from 1')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per page (--all asks for the largest pages the API allows)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
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
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;after-sales;return-logistics' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;refund;return-logistics' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;after-sales;return-ship' {
            [CompletionResult]::new('--company', '--company', [CompletionResultType]::ParameterName, 'The logistics company code, e.g. SF (see `after-sales return-logistics`)')
            [CompletionResult]::new('--company-name', '--company-name', [CompletionResultType]::ParameterName, 'The logistics company name, e.g. 顺丰快递')
            [CompletionResult]::new('--tracking', '--tracking', [CompletionResultType]::ParameterName, 'The tracking number')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The sender''s phone')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A note about the returned goods')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;refund;return-ship' {
            [CompletionResult]::new('--company', '--company', [CompletionResultType]::ParameterName, 'The logistics company code, e.g. SF (see `after-sales return-logistics`)')
            [CompletionResult]::new('--company-name', '--company-name', [CompletionResultType]::ParameterName, 'The logistics company name, e.g. 顺丰快递')
            [CompletionResult]::new('--tracking', '--tracking', [CompletionResultType]::ParameterName, 'The tracking number')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The sender''s phone')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A note about the returned goods')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;after-sales;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List after-sales (reverse) orders')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one after-sales order')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Show the reasons and the maximum refundable amount for a sub-order')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Ask for a refund (on a terminal without flags: a guided walk-through)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change an after-sales request')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Withdraw an after-sales request')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'Send a message to the seller about an after-sales request')
            [CompletionResult]::new('messages', 'messages', [CompletionResultType]::ParameterValue, 'List the messages of an after-sales request')
            [CompletionResult]::new('return-logistics', 'return-logistics', [CompletionResultType]::ParameterValue, 'Show where and how to send goods back (the return-logistics render)')
            [CompletionResult]::new('return-ship', 'return-ship', [CompletionResultType]::ParameterValue, 'Tell the seller the return has been shipped')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;after-sales;help;list' {
            break
        }
        'pandapon;after-sales;help;show' {
            break
        }
        'pandapon;after-sales;help;render' {
            break
        }
        'pandapon;after-sales;help;submit' {
            break
        }
        'pandapon;after-sales;help;modify' {
            break
        }
        'pandapon;after-sales;help;cancel' {
            break
        }
        'pandapon;after-sales;help;message' {
            break
        }
        'pandapon;after-sales;help;messages' {
            break
        }
        'pandapon;after-sales;help;return-logistics' {
            break
        }
        'pandapon;after-sales;help;return-ship' {
            break
        }
        'pandapon;after-sales;help;help' {
            break
        }
        'pandapon;refund;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List after-sales (reverse) orders')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one after-sales order')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Show the reasons and the maximum refundable amount for a sub-order')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Ask for a refund (on a terminal without flags: a guided walk-through)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change an after-sales request')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Withdraw an after-sales request')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'Send a message to the seller about an after-sales request')
            [CompletionResult]::new('messages', 'messages', [CompletionResultType]::ParameterValue, 'List the messages of an after-sales request')
            [CompletionResult]::new('return-logistics', 'return-logistics', [CompletionResultType]::ParameterValue, 'Show where and how to send goods back (the return-logistics render)')
            [CompletionResult]::new('return-ship', 'return-ship', [CompletionResultType]::ParameterValue, 'Tell the seller the return has been shipped')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;refund;help;list' {
            break
        }
        'pandapon;refund;help;show' {
            break
        }
        'pandapon;refund;help;render' {
            break
        }
        'pandapon;refund;help;submit' {
            break
        }
        'pandapon;refund;help;modify' {
            break
        }
        'pandapon;refund;help;cancel' {
            break
        }
        'pandapon;refund;help;message' {
            break
        }
        'pandapon;refund;help;messages' {
            break
        }
        'pandapon;refund;help;return-logistics' {
            break
        }
        'pandapon;refund;help;return-ship' {
            break
        }
        'pandapon;refund;help;help' {
            break
        }
        'pandapon;address' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the stored addresses')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Add an address, or update one with --id (fields not given are kept)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;address;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;address;set' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Update this address instead of adding one')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Recipient''s name')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Recipient''s mobile phone')
            [CompletionResult]::new('--province', '--province', [CompletionResultType]::ParameterName, 'Province')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'City')
            [CompletionResult]::new('--district', '--district', [CompletionResultType]::ParameterName, 'District')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Street address')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;address;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the stored addresses')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Add an address, or update one with --id (fields not given are kept)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;address;help;list' {
            break
        }
        'pandapon;address;help;set' {
            break
        }
        'pandapon;address;help;help' {
            break
        }
        'pandapon;freight' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('estimate', 'estimate', [CompletionResultType]::ParameterValue, 'Estimate the overseas freight of one item to a destination')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Show an order''s overseas freight options (the render id feeds `freight book`)')
            [CompletionResult]::new('book', 'book', [CompletionResultType]::ParameterValue, 'Create the international logistics order (asks first)')
            [CompletionResult]::new('domestic', 'domestic', [CompletionResultType]::ParameterValue, 'Update an order''s domestic (mainland) logistics information')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;freight;estimate' {
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'The item id')
            [CompletionResult]::new('--sku', '--sku', [CompletionResultType]::ParameterName, 'The SKU id')
            [CompletionResult]::new('--quantity', '--quantity', [CompletionResultType]::ParameterName, 'How many')
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'Unit price in yuan, e.g. 39.90')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Currency of the price')
            [CompletionResult]::new('--to-country', '--to-country', [CompletionResultType]::ParameterName, 'Country code, e.g. US')
            [CompletionResult]::new('--to-state', '--to-state', [CompletionResultType]::ParameterName, 'State or province, e.g. California')
            [CompletionResult]::new('--to-city', '--to-city', [CompletionResultType]::ParameterName, 'City')
            [CompletionResult]::new('--to-zip', '--to-zip', [CompletionResultType]::ParameterName, 'Postal code')
            [CompletionResult]::new('--to-address', '--to-address', [CompletionResultType]::ParameterName, 'Street address')
            [CompletionResult]::new('--to-name', '--to-name', [CompletionResultType]::ParameterName, 'Recipient''s name')
            [CompletionResult]::new('--to-phone', '--to-phone', [CompletionResultType]::ParameterName, 'Recipient''s phone')
            [CompletionResult]::new('--to-mobile', '--to-mobile', [CompletionResultType]::ParameterName, 'Recipient''s mobile phone')
            [CompletionResult]::new('--to-email', '--to-email', [CompletionResultType]::ParameterName, 'Recipient''s email')
            [CompletionResult]::new('--to-tax-id', '--to-tax-id', [CompletionResultType]::ParameterName, 'Recipient''s tax id')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;freight;preview' {
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'A line ITEM:SKU:QTY:PRICE, the price in yuan (repeatable)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Currency of the prices')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Send this JSON body as given (a file, or - for stdin)')
            [CompletionResult]::new('--to-country', '--to-country', [CompletionResultType]::ParameterName, 'Country code, e.g. US')
            [CompletionResult]::new('--to-state', '--to-state', [CompletionResultType]::ParameterName, 'State or province, e.g. California')
            [CompletionResult]::new('--to-city', '--to-city', [CompletionResultType]::ParameterName, 'City')
            [CompletionResult]::new('--to-zip', '--to-zip', [CompletionResultType]::ParameterName, 'Postal code')
            [CompletionResult]::new('--to-address', '--to-address', [CompletionResultType]::ParameterName, 'Street address')
            [CompletionResult]::new('--to-name', '--to-name', [CompletionResultType]::ParameterName, 'Recipient''s name')
            [CompletionResult]::new('--to-phone', '--to-phone', [CompletionResultType]::ParameterName, 'Recipient''s phone')
            [CompletionResult]::new('--to-mobile', '--to-mobile', [CompletionResultType]::ParameterName, 'Recipient''s mobile phone')
            [CompletionResult]::new('--to-email', '--to-email', [CompletionResultType]::ParameterName, 'Recipient''s email')
            [CompletionResult]::new('--to-tax-id', '--to-tax-id', [CompletionResultType]::ParameterName, 'Recipient''s tax id')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;freight;book' {
            [CompletionResult]::new('--render-id', '--render-id', [CompletionResultType]::ParameterName, 'The render id from `freight preview`')
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'A line ITEM:SKU:QTY:PRICE, the price in yuan (repeatable)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Currency of the prices')
            [CompletionResult]::new('--service-id', '--service-id', [CompletionResultType]::ParameterName, 'The freight service id chosen from `freight preview`')
            [CompletionResult]::new('--company-name', '--company-name', [CompletionResultType]::ParameterName, 'The freight company name of that service')
            [CompletionResult]::new('--service-category', '--service-category', [CompletionResultType]::ParameterName, 'The service category of that service')
            [CompletionResult]::new('--tmall-order', '--tmall-order', [CompletionResultType]::ParameterName, 'The Tmall/Taobao order this shipment belongs to')
            [CompletionResult]::new('--remark', '--remark', [CompletionResultType]::ParameterName, 'A note for the warehouse')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Send this JSON body as given (a file, or - for stdin)')
            [CompletionResult]::new('--to-country', '--to-country', [CompletionResultType]::ParameterName, 'Country code, e.g. US')
            [CompletionResult]::new('--to-state', '--to-state', [CompletionResultType]::ParameterName, 'State or province, e.g. California')
            [CompletionResult]::new('--to-city', '--to-city', [CompletionResultType]::ParameterName, 'City')
            [CompletionResult]::new('--to-zip', '--to-zip', [CompletionResultType]::ParameterName, 'Postal code')
            [CompletionResult]::new('--to-address', '--to-address', [CompletionResultType]::ParameterName, 'Street address')
            [CompletionResult]::new('--to-name', '--to-name', [CompletionResultType]::ParameterName, 'Recipient''s name')
            [CompletionResult]::new('--to-phone', '--to-phone', [CompletionResultType]::ParameterName, 'Recipient''s phone')
            [CompletionResult]::new('--to-mobile', '--to-mobile', [CompletionResultType]::ParameterName, 'Recipient''s mobile phone')
            [CompletionResult]::new('--to-email', '--to-email', [CompletionResultType]::ParameterName, 'Recipient''s email')
            [CompletionResult]::new('--to-tax-id', '--to-tax-id', [CompletionResultType]::ParameterName, 'Recipient''s tax id')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;freight;domestic' {
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'The order id')
            [CompletionResult]::new('--tmall-order', '--tmall-order', [CompletionResultType]::ParameterName, 'The Tmall/Taobao order id')
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'The line shipped, ITEM:SKU:QTY (repeatable; each gets the same tracking)')
            [CompletionResult]::new('--tracking', '--tracking', [CompletionResultType]::ParameterName, 'The domestic tracking number')
            [CompletionResult]::new('--company', '--company', [CompletionResultType]::ParameterName, 'The domestic logistics company, e.g. 顺丰')
            [CompletionResult]::new('--shipped-at', '--shipped-at', [CompletionResultType]::ParameterName, 'When it was handed over (rtsTime) [default: now]')
            [CompletionResult]::new('--parcel', '--parcel', [CompletionResultType]::ParameterName, 'The parcel''s number on the line (logisticNumer), when it has one')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Send this JSON body as given (a file, or - for stdin)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;freight;help' {
            [CompletionResult]::new('estimate', 'estimate', [CompletionResultType]::ParameterValue, 'Estimate the overseas freight of one item to a destination')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Show an order''s overseas freight options (the render id feeds `freight book`)')
            [CompletionResult]::new('book', 'book', [CompletionResultType]::ParameterValue, 'Create the international logistics order (asks first)')
            [CompletionResult]::new('domestic', 'domestic', [CompletionResultType]::ParameterValue, 'Update an order''s domestic (mainland) logistics information')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;freight;help;estimate' {
            break
        }
        'pandapon;freight;help;preview' {
            break
        }
        'pandapon;freight;help;book' {
            break
        }
        'pandapon;freight;help;domestic' {
            break
        }
        'pandapon;freight;help;help' {
            break
        }
        'pandapon;journal' {
            [CompletionResult]::new('--tail', '--tail', [CompletionResultType]::ParameterName, 'Only the last N entries')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;listen' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on (0 picks a free one)')
            [CompletionResult]::new('--bind', '--bind', [CompletionResultType]::ParameterName, 'Address to listen on [default: 127.0.0.1]; 0.0.0.0 for every interface')
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'Path to accept messages on [default: /pandapon/<random token>, new each start]')
            [CompletionResult]::new('--forward-to', '--forward-to', [CompletionResultType]::ParameterName, 'Post each message to your app at this URL, retrying until it answers 2xx')
            [CompletionResult]::new('--exec', '--exec', [CompletionResultType]::ParameterName, 'Run this shell command per message, the message on stdin; exit 0 accepts it')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'Print and deliver only these types (comma-separated); every message is still kept')
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'The inbox directory [default: <data dir>/pandapon/inbox]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;inbox' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the messages received, oldest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one message: what arrived, what it says, who accepted it')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Post messages again to an app (by id, or every pending one)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;inbox;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only these message types (comma-separated, any case)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only messages received at or after this time (2026-05-01, "2026-05-01 08:00" local time, or RFC 3339)')
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'The inbox directory [default: <data dir>/pandapon/inbox]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--pending', '--pending', [CompletionResultType]::ParameterName, 'Only messages no app has accepted yet (a duplicate is never pending)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;inbox;show' {
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'The inbox directory [default: <data dir>/pandapon/inbox]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;inbox;replay' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where to post them (your app''s endpoint)')
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'The inbox directory [default: <data dir>/pandapon/inbox]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--pending', '--pending', [CompletionResultType]::ParameterName, 'Every message no app has accepted yet')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;inbox;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the messages received, oldest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one message: what arrived, what it says, who accepted it')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Post messages again to an app (by id, or every pending one)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;inbox;help;list' {
            break
        }
        'pandapon;inbox;help;show' {
            break
        }
        'pandapon;inbox;help;replay' {
            break
        }
        'pandapon;inbox;help;help' {
            break
        }
        'pandapon;trigger' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where to post it [default: the running `pandapon listen` of the inbox]')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'The order the message is about [default: a random id]')
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'The inbox directory [default: <data dir>/pandapon/inbox]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'Name the types it can send, and stop')
            [CompletionResult]::new('--string-body', '--string-body', [CompletionResultType]::ParameterName, 'Send messageBody as a string holding JSON, as Xport''s example does, not an object')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;config' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
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
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
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
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
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
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
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
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
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
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
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
            [CompletionResult]::new('--callback-url', '--callback-url', [CompletionResultType]::ParameterName, 'Push order messages here when orders and after-sales change, as PandaPon would (profile key callback_url, for --sandbox)')
            [CompletionResult]::new('--callback-retry-ms', '--callback-retry-ms', [CompletionResultType]::ParameterName, 'Milliseconds before each of the 5 pushes again of a message not answered 200 (PandaPon waits half an hour)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;sandbox;reset' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: <data dir>/pandapon/sandbox.json]')
            [CompletionResult]::new('--orders', '--orders', [CompletionResultType]::ParameterName, 'Also generate this many synthetic orders (for volume tests and benchmarks)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
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
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;help' {
            [CompletionResult]::new('cart', 'cart', [CompletionResultType]::ParameterValue, 'The Taobao shopping cart: list, add, edit, delete, preview and create orders')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'Taobao orders: list, show, create, pay, cancel, track')
            [CompletionResult]::new('after-sales', 'after-sales', [CompletionResultType]::ParameterValue, 'Refunds and returns on Taobao orders (reverse orders)')
            [CompletionResult]::new('address', 'address', [CompletionResultType]::ParameterValue, 'Shipping addresses stored with PandaPon')
            [CompletionResult]::new('freight', 'freight', [CompletionResultType]::ParameterValue, 'Overseas freight (estimate, preview, book) and domestic tracking updates')
            [CompletionResult]::new('journal', 'journal', [CompletionResultType]::ParameterValue, 'Show the local record of every write that was sent (payments, cancellations, ...)')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive PandaPon''s order messages: kept in the inbox, printed, handed to your app')
            [CompletionResult]::new('inbox', 'inbox', [CompletionResultType]::ParameterValue, 'The order messages `listen` received: list, show, replay to your app')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Send a sample order message to a running `listen` (or any URL), as PandaPon would')
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
        'pandapon;help;order' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List orders, newest first as the API sends them')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show orders: status, lines, amounts and a logistics summary')
            [CompletionResult]::new('logistics', 'logistics', [CompletionResultType]::ParameterValue, 'Show an order''s logistics details')
            [CompletionResult]::new('im-link', 'im-link', [CompletionResultType]::ParameterValue, 'Print the URL of the seller chat for an order')
            [CompletionResult]::new('warehouse', 'warehouse', [CompletionResultType]::ParameterValue, 'Change an order''s pre-warehouse (前置仓) name and address')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an order directly (not from the cart); shows the cost and asks first')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Show what a direct order would cost, without creating it')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Pay orders (asks once for the whole batch)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel unpaid orders (asks once for the whole batch)')
            break
        }
        'pandapon;help;order;list' {
            break
        }
        'pandapon;help;order;show' {
            break
        }
        'pandapon;help;order;logistics' {
            break
        }
        'pandapon;help;order;im-link' {
            break
        }
        'pandapon;help;order;warehouse' {
            break
        }
        'pandapon;help;order;create' {
            break
        }
        'pandapon;help;order;render' {
            break
        }
        'pandapon;help;order;pay' {
            break
        }
        'pandapon;help;order;cancel' {
            break
        }
        'pandapon;help;after-sales' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List after-sales (reverse) orders')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one after-sales order')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Show the reasons and the maximum refundable amount for a sub-order')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Ask for a refund (on a terminal without flags: a guided walk-through)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change an after-sales request')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Withdraw an after-sales request')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'Send a message to the seller about an after-sales request')
            [CompletionResult]::new('messages', 'messages', [CompletionResultType]::ParameterValue, 'List the messages of an after-sales request')
            [CompletionResult]::new('return-logistics', 'return-logistics', [CompletionResultType]::ParameterValue, 'Show where and how to send goods back (the return-logistics render)')
            [CompletionResult]::new('return-ship', 'return-ship', [CompletionResultType]::ParameterValue, 'Tell the seller the return has been shipped')
            break
        }
        'pandapon;help;after-sales;list' {
            break
        }
        'pandapon;help;after-sales;show' {
            break
        }
        'pandapon;help;after-sales;render' {
            break
        }
        'pandapon;help;after-sales;submit' {
            break
        }
        'pandapon;help;after-sales;modify' {
            break
        }
        'pandapon;help;after-sales;cancel' {
            break
        }
        'pandapon;help;after-sales;message' {
            break
        }
        'pandapon;help;after-sales;messages' {
            break
        }
        'pandapon;help;after-sales;return-logistics' {
            break
        }
        'pandapon;help;after-sales;return-ship' {
            break
        }
        'pandapon;help;address' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the stored addresses')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Add an address, or update one with --id (fields not given are kept)')
            break
        }
        'pandapon;help;address;list' {
            break
        }
        'pandapon;help;address;set' {
            break
        }
        'pandapon;help;freight' {
            [CompletionResult]::new('estimate', 'estimate', [CompletionResultType]::ParameterValue, 'Estimate the overseas freight of one item to a destination')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Show an order''s overseas freight options (the render id feeds `freight book`)')
            [CompletionResult]::new('book', 'book', [CompletionResultType]::ParameterValue, 'Create the international logistics order (asks first)')
            [CompletionResult]::new('domestic', 'domestic', [CompletionResultType]::ParameterValue, 'Update an order''s domestic (mainland) logistics information')
            break
        }
        'pandapon;help;freight;estimate' {
            break
        }
        'pandapon;help;freight;preview' {
            break
        }
        'pandapon;help;freight;book' {
            break
        }
        'pandapon;help;freight;domestic' {
            break
        }
        'pandapon;help;journal' {
            break
        }
        'pandapon;help;listen' {
            break
        }
        'pandapon;help;inbox' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the messages received, oldest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one message: what arrived, what it says, who accepted it')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Post messages again to an app (by id, or every pending one)')
            break
        }
        'pandapon;help;inbox;list' {
            break
        }
        'pandapon;help;inbox;show' {
            break
        }
        'pandapon;help;inbox;replay' {
            break
        }
        'pandapon;help;trigger' {
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
