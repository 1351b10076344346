import { Composer } from '../bot/composer';
import type { BotContext } from '../bot/context';
import { errorBoundary } from './error-boundary';
import { detectMention, dropOwnMessages, dropStaleMessages, requireKnownGroup, requireOwnAccount } from './guards';
import { identify } from './identify';
import { bindGroupCommand } from './bind-group';
import { announceCommand } from './announce';
import { fallback } from './direct-fallback';
import { ticketCommands } from './staff-commands';
import { slaCommands } from './sla-commands';
import { departmentMessages } from './departments';
import { rateByReporter } from './rate';
import { reopenByReporter } from './reopen';
import { residentIntake } from './resident-intake';
import { relayedNews, statusQuestion } from './status-question';
import { collectionCommands, collectionReplies } from './collections';
import { clarificationAnswer } from './clarification';

/** The order here is the spec of how one message is handled. */
export function buildChain(): Composer<BotContext> {
  return new Composer<BotContext>()
    .use(errorBoundary)
    .use(dropOwnMessages, dropStaleMessages)
    .use(identify, requireOwnAccount, detectMention)
    .use(departmentMessages)
    .use(bindGroupCommand)
    .use(announceCommand)
    .use(requireKnownGroup)
    .use(collectionCommands)
    .use(slaCommands)
    .use(ticketCommands)
    .use(rateByReporter)
    .use(reopenByReporter)
    .use(collectionReplies)
    .use(clarificationAnswer)
    .use(statusQuestion, relayedNews)
    .use(residentIntake)
    .use(fallback);
}
