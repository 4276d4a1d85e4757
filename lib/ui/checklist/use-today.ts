import { useEffect, useState } from 'preact/hooks';
import { localDay } from '../../model/days';

/** Today's local date; a side panel left open overnight moves on when the page becomes visible again. */
export function useToday(): string {
  const [today, setToday] = useState(localDay);
  useEffect(() => {
    const check = () => setToday(localDay());
    document.addEventListener('visibilitychange', check);
    addEventListener('focus', check);
    const timer = setInterval(check, 60_000);
    return () => {
      document.removeEventListener('visibilitychange', check);
      removeEventListener('focus', check);
      clearInterval(timer);
    };
  }, []);
  return today;
}
