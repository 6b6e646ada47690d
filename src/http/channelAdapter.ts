import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';

type AuthResult = Awaited<ReturnType<CloudAdapter['botFrameworkAuthentication']['authenticateRequest']>>;

/**
 * CloudAdapter with its two halves exposed: checking the token, then running the turn. The express
 * route does each step itself (CloudAdapter.process writes stack traces to stderr, puts internal
 * messages in error bodies and cannot rate-limit on the verified sender in between).
 */
export class ChannelAdapter extends CloudAdapter {
  authenticate(activity: Activity, authHeader: string): Promise<AuthResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
  }

  runAuthenticated(auth: AuthResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}
