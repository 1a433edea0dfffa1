import { createRoot } from 'react-dom/client';
import { Dashboard } from '../../components/Dashboard';
import '../../components/theme.css';

createRoot(document.getElementById('root')!).render(<Dashboard />);
